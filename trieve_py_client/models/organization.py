"""Organization: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel


class Organization(TrieveModel):
    """The Organization schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    deleted: Int32 = Field(alias="deleted")
    id: StrictStr = Field(alias="id")
    name: StrictStr = Field(alias="name")
    registerable: Annotated[StrictBool | None, NULLABLE] = Field(default=None, alias="registerable")
    updated_at: datetime.datetime = Field(alias="updated_at")
