"""AddChunkToGroupReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel, UuidStr


class AddChunkToGroupReqPayload(SentModel):
    """The AddChunkToGroupReqPayload schema."""

    chunk_id: UuidStr | None = Field(
        default=None, description="Id of the chunk to make a member of the group."
    )
    chunk_tracking_id: StrictStr | None = Field(
        default=None, description="Tracking Id of the chunk to make a member of the group."
    )
