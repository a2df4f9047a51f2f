"""RecommendChunksResponseBody: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.score_chunk import ScoreChunk


class RecommendChunksResponseBody(TrieveModel):
    """The RecommendChunksResponseBody schema."""

    chunks: list[ScoreChunk]
    id: StrictStr
