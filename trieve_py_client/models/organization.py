"""Organization: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel


class Organization(TrieveModel):
    """The Organization schema."""

    created_at: datetime.datetime
    deleted: Int32
    id: StrictStr
    name: StrictStr
    registerable: Annotated[StrictBool | None, NULLABLE] = Field(default=None)
    updated_at: datetime.datetime
