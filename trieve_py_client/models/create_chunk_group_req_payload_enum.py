"""CreateChunkGroupReqPayloadEnum: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.create_single_chunk_group_req_payload import (
    CreateSingleChunkGroupReqPayload,
)


class CreateChunkGroupReqPayloadEnum(
    OneOfModel[CreateSingleChunkGroupReqPayload | list[CreateSingleChunkGroupReqPayload]]
):
    """One of several shapes.

    The value is `actual_instance`.
    """
