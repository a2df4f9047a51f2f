"""DatasetAndUsage: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.dataset_dto import DatasetDTO
from trieve_py_client.models.dataset_usage_count import DatasetUsageCount


class DatasetAndUsage(TrieveModel):
    """The DatasetAndUsage schema."""

    dataset: DatasetDTO
    dataset_usage: DatasetUsageCount
