"""SearchWithinGroupResponseBody: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client.models._base import Int64, TrieveModel, UuidStr
from trieve_py_client.models.score_chunk import ScoreChunk


class SearchWithinGroupResponseBody(TrieveModel):
    """The SearchWithinGroupResponseBody schema."""

    chunks: list[ScoreChunk] = Field(alias="chunks")
    corrected_query: StrictStr | None = Field(default=None, alias="corrected_query")
    id: UuidStr = Field(alias="id")
    total_pages: Int64 = Field(alias="total_pages")
