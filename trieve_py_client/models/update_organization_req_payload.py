"""UpdateOrganizationReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel, UuidStr


class UpdateOrganizationReqPayload(SentModel):
    """The UpdateOrganizationReqPayload schema."""

    name: StrictStr | None = Field(
        default=None,
        description="The new name of the organization. If not provided, the name will not be updated.",
    )
    organization_id: UuidStr = Field(description="The id of the organization to update.")
