"""SearchQueriesWithClicksCTRResponse: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import Int32, TrieveModel
from trieve_py_client.models.chunk_metadata import ChunkMetadata


class SearchQueriesWithClicksCTRResponse(TrieveModel):
    """The SearchQueriesWithClicksCTRResponse schema."""

    clicked_chunks: list[ChunkMetadata]
    created_at: StrictStr
    positions: list[Int32]
    query: StrictStr
