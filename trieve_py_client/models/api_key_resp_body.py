"""ApiKeyRespBody: one item of the 200 body of ``UserApi.get_user_api_keys``."""

from __future__ import annotations

import datetime

from pydantic import Field, StrictStr

from trieve_py_client.models._base import Int32, TrieveModel, UuidStr


class ApiKeyRespBody(TrieveModel):
    """One of the caller's api keys, without its value: the server keeps only a hash."""

    id: UuidStr = Field(description="The key's id, as delete_user_api_key takes it.")
    user_id: UuidStr = Field(description="The user who owns the key.")
    name: StrictStr = Field(description="Name given at creation.")
    role: Int32 = Field(description="0 read, 1 read and write.")
    dataset_ids: list[StrictStr] | None = Field(
        default=None, description="Datasets the key is limited to, as set at creation."
    )
    organization_ids: list[StrictStr] | None = Field(
        default=None, description="Organizations the key is limited to, as set at creation."
    )
    created_at: datetime.datetime = Field(description="Creation time, UTC, sent without a zone.")
    updated_at: datetime.datetime = Field(description="Last update time, UTC, without a zone.")
