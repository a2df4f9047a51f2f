"""ContentChunkMetadata: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class ContentChunkMetadata(TrieveModel):
    """The ContentChunkMetadata schema."""

    chunk_html: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="chunk_html")
    id: StrictStr = Field(alias="id")
    image_urls: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(
        default=None, alias="image_urls"
    )
    num_value: Annotated[StrictFloat | StrictInt | None, NULLABLE] = Field(
        default=None, alias="num_value"
    )
    time_stamp: Annotated[datetime.datetime | None, NULLABLE] = Field(
        default=None, alias="time_stamp"
    )
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="tracking_id")
    weight: StrictFloat | StrictInt = Field(alias="weight")
