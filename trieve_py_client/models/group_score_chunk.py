"""GroupScoreChunk: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.score_chunk_dto import ScoreChunkDTO


class GroupScoreChunk(TrieveModel):
    """The GroupScoreChunk schema."""

    file_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    group_created_at: datetime.datetime
    group_dataset_id: StrictStr
    group_description: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    group_id: StrictStr
    group_metadata: Annotated[Any | None, NULLABLE] = Field(default=None)
    group_name: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    group_tag_set: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(default=None)
    group_tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    group_updated_at: datetime.datetime
    metadata: list[ScoreChunkDTO]
