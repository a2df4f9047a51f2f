"""ContentChunkMetadata: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client.models._base import TrieveModel, UuidStr


class ContentChunkMetadata(TrieveModel):
    """The ContentChunkMetadata schema."""

    chunk_html: StrictStr | None = Field(default=None, alias="chunk_html")
    id: UuidStr = Field(alias="id")
    image_urls: list[StrictStr | None] | None = Field(default=None, alias="image_urls")
    num_value: StrictFloat | StrictInt | None = Field(default=None, alias="num_value")
    time_stamp: datetime.datetime | None = Field(default=None, alias="time_stamp")
    tracking_id: StrictStr | None = Field(default=None, alias="tracking_id")
    weight: StrictFloat | StrictInt = Field(alias="weight")
