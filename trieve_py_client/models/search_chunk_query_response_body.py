"""SearchChunkQueryResponseBody: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int64, TrieveModel
from trieve_py_client.models.score_chunk_dto import ScoreChunkDTO


class SearchChunkQueryResponseBody(TrieveModel):
    """The SearchChunkQueryResponseBody schema."""

    corrected_query: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    score_chunks: list[ScoreChunkDTO]
    total_chunk_pages: Int64
