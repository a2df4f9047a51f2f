"""CreateChunkReqPayloadEnum: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.chunk_req_payload import ChunkReqPayload


class CreateChunkReqPayloadEnum(OneOfModel[ChunkReqPayload | list[ChunkReqPayload]]):
    """One of several shapes.

    The value is `actual_instance`.
    """
