"""ApiKeyRespBody: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel


class ApiKeyRespBody(TrieveModel):
    """One of the caller's api keys, without its value: the server keeps only a hash."""

    created_at: datetime.datetime = Field(description="Creation time, UTC, sent without a zone.")
    dataset_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(
        default=None, description="Datasets the key is limited to, as set at creation."
    )
    id: StrictStr = Field(description="The key's id, as delete_user_api_key takes it.")
    name: StrictStr = Field(description="Name given at creation.")
    organization_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(
        default=None, description="Organizations the key is limited to, as set at creation."
    )
    role: Int32 = Field(description="0 read, 1 read and write.")
    updated_at: datetime.datetime = Field(description="Last update time, UTC, without a zone.")
    user_id: StrictStr = Field(description="The user who owns the key.")
