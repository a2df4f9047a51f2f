"""InvitationData: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, SentModel, UuidStr


class InvitationData(SentModel):
    """The InvitationData schema."""

    app_url: StrictStr = Field(
        description="The url of the app that the user will be directed to in order to set their password. Usually admin.trieve.ai, but may differ for local dev or self-hosted setups."
    )
    email: StrictStr = Field(
        description="The email of the user to invite. Must be a valid email as they will be sent an email to register."
    )
    organization_id: UuidStr = Field(
        description="The id of the organization to invite the user to."
    )
    redirect_uri: StrictStr = Field(
        description="The url that the user will be redirected to after setting their password."
    )
    user_role: Int32 = Field(
        description="The role the user will have in the organization. 0 = User, 1 = Admin, 2 = Owner."
    )
