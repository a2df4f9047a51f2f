"""ChunkMetadataWithScore: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Any

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client.models._base import TrieveModel, UuidStr


class ChunkMetadataWithScore(TrieveModel):
    """The ChunkMetadataWithScore schema."""

    chunk_html: StrictStr | None = Field(default=None, alias="chunk_html")
    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: UuidStr = Field(alias="dataset_id")
    id: UuidStr = Field(alias="id")
    link: StrictStr | None = Field(default=None, alias="link")
    metadata: Any | None = Field(default=None, alias="metadata")
    score: StrictFloat | StrictInt = Field(alias="score")
    tag_set: StrictStr | None = Field(default=None, alias="tag_set")
    time_stamp: datetime.datetime | None = Field(default=None, alias="time_stamp")
    tracking_id: StrictStr | None = Field(default=None, alias="tracking_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
    weight: StrictFloat | StrictInt = Field(alias="weight")
