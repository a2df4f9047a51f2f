"""SearchQueriesWithClicksCTRResponse: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, TrieveModel
from trieve_py_client.models.chunk_metadata import ChunkMetadata


class SearchQueriesWithClicksCTRResponse(TrieveModel):
    """The SearchQueriesWithClicksCTRResponse schema."""

    clicked_chunks: list[ChunkMetadata] = Field(alias="clicked_chunks")
    created_at: StrictStr = Field(alias="created_at")
    positions: list[Int32] = Field(alias="positions")
    query: StrictStr = Field(alias="query")
