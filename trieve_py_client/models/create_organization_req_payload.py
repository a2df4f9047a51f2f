"""CreateOrganizationReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel


class CreateOrganizationReqPayload(SentModel):
    """The CreateOrganizationReqPayload schema."""

    name: StrictStr = Field(
        description="The arbitrary name which will be used to identify the organization. This name must be unique."
    )
