"""CreateDatasetRequest: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel, UuidStr
from trieve_py_client.models.dataset_configuration_dto import DatasetConfigurationDTO


class CreateDatasetRequest(SentModel):
    """The CreateDatasetRequest schema."""

    dataset_name: StrictStr = Field(description="Name of the dataset.")
    organization_id: UuidStr = Field(description="Organization ID that the dataset will belong to.")
    server_configuration: DatasetConfigurationDTO | None = Field(default=None)
    tracking_id: StrictStr | None = Field(
        default=None,
        description="Optional tracking ID for the dataset. Can be used to track the dataset in external systems. Must be unique within the organization. Strongly recommended to not use a valid uuid value as that will not work with the TR-Dataset header.",
    )
