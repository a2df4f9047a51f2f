"""OrganizationUsageCount: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, Int64, TrieveModel


class OrganizationUsageCount(TrieveModel):
    """The OrganizationUsageCount schema."""

    chunk_count: Int32 = Field(alias="chunk_count")
    dataset_count: Int32 = Field(alias="dataset_count")
    file_storage: Int64 = Field(alias="file_storage")
    id: StrictStr = Field(alias="id")
    message_count: Int32 = Field(alias="message_count")
    org_id: StrictStr = Field(alias="org_id")
    user_count: Int32 = Field(alias="user_count")
