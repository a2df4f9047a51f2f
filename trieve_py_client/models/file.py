"""File: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int64, TrieveModel


class File(TrieveModel):
    """The File schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    file_name: StrictStr = Field(alias="file_name")
    id: StrictStr = Field(alias="id")
    link: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="link")
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None, alias="metadata")
    size: Int64 = Field(alias="size")
    tag_set: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(
        default=None, alias="tag_set"
    )
    time_stamp: Annotated[datetime.datetime | None, NULLABLE] = Field(
        default=None, alias="time_stamp"
    )
    updated_at: datetime.datetime = Field(alias="updated_at")
