"""ReturnQueuedChunk: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.batch_queued_chunk_response import BatchQueuedChunkResponse
from trieve_py_client.models.single_queued_chunk_response import SingleQueuedChunkResponse


class ReturnQueuedChunk(OneOfModel[SingleQueuedChunkResponse | BatchQueuedChunkResponse]):
    """One of several shapes.

    The value is `actual_instance`.
    """
