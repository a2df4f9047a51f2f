"""UpdateGroupByTrackingIDReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import AnyJson, SentModel


class UpdateGroupByTrackingIDReqPayload(SentModel):
    """The UpdateGroupByTrackingIDReqPayload schema."""

    description: StrictStr | None = Field(
        default=None,
        description="Description to assign to the chunk_group. Convenience field for you to avoid having to remember what the group is for. If not provided, the description will not be updated.",
    )
    metadata: AnyJson | None = Field(
        default=None,
        description="Optional metadata to assign to the chunk_group. This is a JSON object that can store any additional information you want to associate with the chunks inside of the chunk_group.",
    )
    name: StrictStr | None = Field(
        default=None,
        description="Name to assign to the chunk_group. Does not need to be unique. If not provided, the name will not be updated.",
    )
    tag_set: list[StrictStr] | None = Field(
        default=None,
        description="Optional tags to assign to the chunk_group. This is a list of strings that can be used to categorize the chunks inside the chunk_group.",
    )
    tracking_id: StrictStr = Field(description="Tracking Id of the chunk_group to update.")
