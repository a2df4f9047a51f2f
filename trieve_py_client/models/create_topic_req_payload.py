"""CreateTopicReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel


class CreateTopicReqPayload(SentModel):
    """The CreateTopicReqPayload schema."""

    first_user_message: StrictStr | None = Field(
        default=None,
        description="The first message which will belong to the topic. The topic name is generated based on this message similar to how it works in the OpenAI chat UX if a name is not explicitly provided on the name request body key.",
    )
    name: StrictStr | None = Field(
        default=None,
        description="The name of the topic. If this is not provided, the topic name is generated from the first_user_message.",
    )
    owner_id: StrictStr = Field(
        description="The owner_id of the topic. This is typically a browser fingerprint or your user's id. It is used to group topics together for a user."
    )
