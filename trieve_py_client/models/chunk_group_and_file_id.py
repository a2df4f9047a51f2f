"""ChunkGroupAndFileId: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Any

from pydantic import Field, StrictStr

from trieve_py_client.models._base import TrieveModel, UuidStr


class ChunkGroupAndFileId(TrieveModel):
    """The ChunkGroupAndFileId schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: UuidStr = Field(alias="dataset_id")
    description: StrictStr = Field(alias="description")
    file_id: UuidStr | None = Field(default=None, alias="file_id")
    id: UuidStr = Field(alias="id")
    metadata: Any | None = Field(default=None, alias="metadata")
    name: StrictStr = Field(alias="name")
    tag_set: list[StrictStr | None] | None = Field(default=None, alias="tag_set")
    tracking_id: StrictStr | None = Field(default=None, alias="tracking_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
