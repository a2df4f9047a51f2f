"""SlimChunkMetadata: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.geo_info import GeoInfo


class SlimChunkMetadata(TrieveModel):
    """The SlimChunkMetadata schema."""

    created_at: datetime.datetime
    dataset_id: StrictStr
    id: StrictStr
    image_urls: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(default=None)
    link: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    location: Annotated[GeoInfo | None, NULLABLE] = Field(default=None)
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None)
    num_value: Annotated[StrictFloat | StrictInt | None, NULLABLE] = Field(default=None)
    tag_set: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    time_stamp: Annotated[datetime.datetime | None, NULLABLE] = Field(default=None)
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    updated_at: datetime.datetime
    weight: StrictFloat | StrictInt
