"""SearchWithinGroupResults: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int64, TrieveModel
from trieve_py_client.models.chunk_group_and_file_id import ChunkGroupAndFileId
from trieve_py_client.models.score_chunk_dto import ScoreChunkDTO


class SearchWithinGroupResults(TrieveModel):
    """The SearchWithinGroupResults schema."""

    bookmarks: list[ScoreChunkDTO]
    corrected_query: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    group: ChunkGroupAndFileId
    total_pages: Int64
