"""UpdateTopicReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel, UuidStr


class UpdateTopicReqPayload(SentModel):
    """The UpdateTopicReqPayload schema."""

    name: StrictStr = Field(
        description="The new name of the topic. A name is not generated from this field, it is used as-is."
    )
    topic_id: UuidStr = Field(description="The id of the topic to target.")
