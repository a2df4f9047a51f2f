"""DatasetUsageCount: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client.models._base import Int32, TrieveModel, UuidStr


class DatasetUsageCount(TrieveModel):
    """The DatasetUsageCount schema."""

    chunk_count: Int32 = Field(alias="chunk_count")
    dataset_id: UuidStr = Field(alias="dataset_id")
    id: UuidStr = Field(alias="id")
