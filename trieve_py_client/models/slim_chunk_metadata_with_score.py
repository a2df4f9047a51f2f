"""SlimChunkMetadataWithScore: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class SlimChunkMetadataWithScore(TrieveModel):
    """The SlimChunkMetadataWithScore schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    id: StrictStr = Field(alias="id")
    link: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="link")
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None, alias="metadata")
    score: StrictFloat | StrictInt = Field(alias="score")
    tag_set: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="tag_set")
    time_stamp: Annotated[datetime.datetime | None, NULLABLE] = Field(
        default=None, alias="time_stamp"
    )
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="tracking_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
    weight: StrictFloat | StrictInt = Field(alias="weight")
