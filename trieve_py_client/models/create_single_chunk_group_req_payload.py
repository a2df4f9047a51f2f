"""CreateSingleChunkGroupReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import AnyJson, SentModel


class CreateSingleChunkGroupReqPayload(SentModel):
    """The CreateSingleChunkGroupReqPayload schema."""

    description: StrictStr | None = Field(
        default=None,
        description="Description to assign to the chunk_group. Convenience field for you to avoid having to remember what the group is for.",
    )
    metadata: AnyJson | None = Field(
        default=None,
        description="Optional metadata to assign to the chunk_group. This is a JSON object that can store any additional information you want to associate with the chunks inside of the chunk_group.",
    )
    name: StrictStr | None = Field(
        default=None, description="Name to assign to the chunk_group. Does not need to be unique."
    )
    tag_set: list[StrictStr] | None = Field(
        default=None,
        description="Optional tags to assign to the chunk_group. This is a list of strings that can be used to categorize the chunks inside the chunk_group.",
    )
    tracking_id: StrictStr | None = Field(
        default=None,
        description="Optional tracking id to assign to the chunk_group. This is a unique identifier for the chunk_group.",
    )
    upsert_by_tracking_id: StrictBool | None = Field(
        default=None,
        description="Upsert when a chunk_group with the same tracking_id exists. By default this is false, and the request will fail if a chunk_group with the same tracking_id exists. If this is true, the chunk_group will be updated if a chunk_group with the same tracking_id exists.",
    )
