"""CreateDatasetRequest: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel, UuidStr
from trieve_py_client.models.dataset_configuration_dto import DatasetConfigurationDTO


class CreateDatasetRequest(SentModel):
    """The CreateDatasetRequest schema."""

    dataset_name: StrictStr = Field(alias="dataset_name", description="Name of the dataset.")
    organization_id: UuidStr = Field(
        alias="organization_id", description="Organization ID that the dataset will belong to."
    )
    server_configuration: DatasetConfigurationDTO | None = Field(
        default=None, alias="server_configuration"
    )
    tracking_id: StrictStr | None = Field(
        default=None,
        alias="tracking_id",
        description="Optional tracking ID for the dataset. Can be used to track the dataset in external systems. Must be unique within the organization. Strongly recommended to not use a valid uuid value as that will not work with the TR-Dataset header.",
    )
