"""DatasetUsageCount: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import Int32, TrieveModel


class DatasetUsageCount(TrieveModel):
    """The DatasetUsageCount schema."""

    chunk_count: Int32
    dataset_id: StrictStr
    id: StrictStr
