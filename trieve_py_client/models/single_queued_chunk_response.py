"""SingleQueuedChunkResponse: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import Int32, TrieveModel
from trieve_py_client.models.chunk_metadata import ChunkMetadata


class SingleQueuedChunkResponse(TrieveModel):
    """The SingleQueuedChunkResponse schema."""

    chunk_metadata: ChunkMetadata
    pos_in_queue: Int32 = Field(
        description="The current position the last access item is in the queue"
    )
