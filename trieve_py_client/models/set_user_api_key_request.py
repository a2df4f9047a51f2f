"""SetUserApiKeyRequest: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge, Le
from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, SentModel, UuidList


class SetUserApiKeyRequest(SentModel):
    """JSON request payload to create a new user api key."""

    dataset_ids: UuidList | None = Field(
        default=None,
        description="Datasets the key may reach; absent or empty means all of the caller's. With organization_ids too, the key reaches the intersection.",
    )
    name: StrictStr = Field(description="Name given to the new api key.")
    organization_ids: UuidList | None = Field(
        default=None,
        description="Organizations the key may reach; absent or empty means all of the caller's.",
    )
    role: Annotated[Int32, Ge(0), Le(1)] = Field(
        description="0 read only; 1 read and write at the level of the calling user. The server treats any value other than 1 as 0."
    )
    scopes: list[StrictStr] | None = Field(
        default=None,
        description='Routes the key may call, such as "GET /api/dataset"; absent or empty means every route the caller may call.',
    )
