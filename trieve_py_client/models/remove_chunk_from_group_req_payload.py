"""RemoveChunkFromGroupReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel, UuidStr


class RemoveChunkFromGroupReqPayload(SentModel):
    """The RemoveChunkFromGroupReqPayload schema."""

    chunk_id: UuidStr = Field(description="Id of the chunk to remove from the group.")
