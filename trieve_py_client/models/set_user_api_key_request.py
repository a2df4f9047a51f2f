"""SetUserApiKeyRequest: the body of ``UserApi.set_user_api_key``."""

from __future__ import annotations

from pydantic import Field, StrictStr

from trieve_py_client.models._base import Int32, TrieveModel, UuidList


class SetUserApiKeyRequest(TrieveModel):
    """JSON request payload to create a new user api key."""

    name: StrictStr = Field(description="Name given to the new api key.")
    role: Int32 = Field(
        description="0 read only; 1 read and write at the level of the calling user. "
        "The server treats any value other than 1 as 0."
    )
    dataset_ids: UuidList | None = Field(
        default=None,
        description="Datasets the key may reach; absent or empty means all of the caller's. "
        "With organization_ids too, the key reaches the intersection.",
    )
    organization_ids: UuidList | None = Field(
        default=None,
        description="Organizations the key may reach; absent or empty means all of the caller's.",
    )
    scopes: list[StrictStr] | None = Field(
        default=None,
        description='Routes the key may call, such as "GET /api/dataset"; absent or empty means '
        "every route the caller may call.",
    )
