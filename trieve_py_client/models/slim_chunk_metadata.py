"""SlimChunkMetadata: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Any

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client.models._base import TrieveModel, UuidStr
from trieve_py_client.models.geo_info import GeoInfo


class SlimChunkMetadata(TrieveModel):
    """The SlimChunkMetadata schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: UuidStr = Field(alias="dataset_id")
    id: UuidStr = Field(alias="id")
    image_urls: list[StrictStr | None] | None = Field(default=None, alias="image_urls")
    link: StrictStr | None = Field(default=None, alias="link")
    location: GeoInfo | None = Field(default=None, alias="location")
    metadata: Any | None = Field(default=None, alias="metadata")
    num_value: StrictFloat | StrictInt | None = Field(default=None, alias="num_value")
    tag_set: StrictStr | None = Field(default=None, alias="tag_set")
    time_stamp: datetime.datetime | None = Field(default=None, alias="time_stamp")
    tracking_id: StrictStr | None = Field(default=None, alias="tracking_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
    weight: StrictFloat | StrictInt = Field(alias="weight")
