"""UpdateAllOrgDatasetConfigsReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import AnyJson, SentModel, UuidStr


class UpdateAllOrgDatasetConfigsReqPayload(SentModel):
    """The UpdateAllOrgDatasetConfigsReqPayload schema."""

    dataset_config: AnyJson | None = Field(
        description="The new configuration for all datasets in the organization. Only the specified keys in the configuration object will be changed per dataset such that you can preserve dataset unique values."
    )
    organization_id: UuidStr = Field(
        description="The id of the organization to update the dataset configurations for."
    )
