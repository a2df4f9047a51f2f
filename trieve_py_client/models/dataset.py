"""Dataset: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel


class Dataset(TrieveModel):
    """The Dataset schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    deleted: Int32 = Field(alias="deleted")
    id: StrictStr = Field(alias="id")
    name: StrictStr = Field(alias="name")
    organization_id: StrictStr = Field(alias="organization_id")
    server_configuration: Any | None = Field(alias="server_configuration")
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="tracking_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
