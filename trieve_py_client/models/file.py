"""File: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Any

from pydantic import Field, StrictStr

from trieve_py_client.models._base import Int64, TrieveModel, UuidStr


class File(TrieveModel):
    """The File schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: UuidStr = Field(alias="dataset_id")
    file_name: StrictStr = Field(alias="file_name")
    id: UuidStr = Field(alias="id")
    link: StrictStr | None = Field(default=None, alias="link")
    metadata: Any | None = Field(default=None, alias="metadata")
    size: Int64 = Field(alias="size")
    tag_set: list[StrictStr | None] | None = Field(default=None, alias="tag_set")
    time_stamp: datetime.datetime | None = Field(default=None, alias="time_stamp")
    updated_at: datetime.datetime = Field(alias="updated_at")
