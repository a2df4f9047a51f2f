"""File: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int64, TrieveModel


class File(TrieveModel):
    """The File schema."""

    created_at: datetime.datetime
    dataset_id: StrictStr
    file_name: StrictStr
    id: StrictStr
    link: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None)
    size: Int64
    tag_set: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(default=None)
    time_stamp: Annotated[datetime.datetime | None, NULLABLE] = Field(default=None)
    updated_at: datetime.datetime
