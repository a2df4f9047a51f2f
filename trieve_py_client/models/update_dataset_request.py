"""UpdateDatasetRequest: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel, UuidStr
from trieve_py_client.models.dataset_configuration_dto import DatasetConfigurationDTO


class UpdateDatasetRequest(SentModel):
    """The UpdateDatasetRequest schema."""

    dataset_id: UuidStr | None = Field(
        default=None, description="The id of the dataset you want to update."
    )
    dataset_name: StrictStr | None = Field(
        default=None,
        description="The new name of the dataset. Must be unique within the organization. If not provided, the name will not be updated.",
    )
    new_tracking_id: StrictStr | None = Field(
        default=None,
        description="Optional new tracking ID for the dataset. Can be used to track the dataset in external systems. Must be unique within the organization. If not provided, the tracking ID will not be updated. Strongly recommended to not use a valid uuid value as that will not work with the TR-Dataset header.",
    )
    server_configuration: DatasetConfigurationDTO | None = Field(default=None)
    tracking_id: StrictStr | None = Field(
        default=None, description="The tracking ID of the dataset you want to update."
    )
