"""CTRDataRequestBody: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import AnyJson, Int32, SentModel, UuidStr
from trieve_py_client.models.ctr_type import CTRType


class CTRDataRequestBody(SentModel):
    """The CTRDataRequestBody schema."""

    clicked_chunk_id: UuidStr | None = Field(
        default=None, description="The ID of chunk that was clicked"
    )
    clicked_chunk_tracking_id: StrictStr | None = Field(
        default=None, description="The tracking ID of the chunk that was clicked"
    )
    ctr_type: CTRType
    metadata: AnyJson | None = Field(
        default=None,
        description="Any metadata you want to include with the event i.e. action, user_id, etc.",
    )
    position: Int32 = Field(description="The position of the clicked chunk")
    request_id: UuidStr = Field(description="The request id for the CTR data")
