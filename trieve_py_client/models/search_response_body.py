"""SearchResponseBody: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int64, TrieveModel
from trieve_py_client.models.score_chunk import ScoreChunk


class SearchResponseBody(TrieveModel):
    """The SearchResponseBody schema."""

    chunks: list[ScoreChunk]
    corrected_query: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    id: StrictStr
    total_pages: Int64
