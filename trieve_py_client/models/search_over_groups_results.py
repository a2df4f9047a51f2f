"""SearchOverGroupsResults: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.chunk_group import ChunkGroup
from trieve_py_client.models.score_chunk import ScoreChunk


class SearchOverGroupsResults(TrieveModel):
    """The SearchOverGroupsResults schema."""

    chunks: list[ScoreChunk]
    file_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    group: ChunkGroup
