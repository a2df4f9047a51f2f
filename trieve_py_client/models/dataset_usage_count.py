"""DatasetUsageCount: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, TrieveModel


class DatasetUsageCount(TrieveModel):
    """The DatasetUsageCount schema."""

    chunk_count: Int32 = Field(alias="chunk_count")
    dataset_id: StrictStr = Field(alias="dataset_id")
    id: StrictStr = Field(alias="id")
