"""GroupScoreChunk: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.score_chunk_dto import ScoreChunkDTO


class GroupScoreChunk(TrieveModel):
    """The GroupScoreChunk schema."""

    file_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="file_id")
    group_created_at: datetime.datetime = Field(alias="group_created_at")
    group_dataset_id: StrictStr = Field(alias="group_dataset_id")
    group_description: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, alias="group_description"
    )
    group_id: StrictStr = Field(alias="group_id")
    group_metadata: Annotated[Any | None, NULLABLE] = Field(default=None, alias="group_metadata")
    group_name: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="group_name")
    group_tag_set: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(
        default=None, alias="group_tag_set"
    )
    group_tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, alias="group_tracking_id"
    )
    group_updated_at: datetime.datetime = Field(alias="group_updated_at")
    metadata: list[ScoreChunkDTO] = Field(alias="metadata")
