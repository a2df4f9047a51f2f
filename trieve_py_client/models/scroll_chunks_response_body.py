"""ScrollChunksResponseBody: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.chunk_metadata import ChunkMetadata


class ScrollChunksResponseBody(TrieveModel):
    """The ScrollChunksResponseBody schema."""

    chunks: list[ChunkMetadata]
