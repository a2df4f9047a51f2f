"""SlimChunkMetadata: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.geo_info import GeoInfo


class SlimChunkMetadata(TrieveModel):
    """The SlimChunkMetadata schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    id: StrictStr = Field(alias="id")
    image_urls: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(
        default=None, alias="image_urls"
    )
    link: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="link")
    location: Annotated[GeoInfo | None, NULLABLE] = Field(default=None, alias="location")
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None, alias="metadata")
    num_value: Annotated[StrictFloat | StrictInt | None, NULLABLE] = Field(
        default=None, alias="num_value"
    )
    tag_set: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="tag_set")
    time_stamp: Annotated[datetime.datetime | None, NULLABLE] = Field(
        default=None, alias="time_stamp"
    )
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="tracking_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
    weight: StrictFloat | StrictInt = Field(alias="weight")
