"""OrganizationUsageCount: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import Int32, Int64, TrieveModel


class OrganizationUsageCount(TrieveModel):
    """The OrganizationUsageCount schema."""

    chunk_count: Int32
    dataset_count: Int32
    file_storage: Int64
    id: StrictStr
    message_count: Int32
    org_id: StrictStr
    user_count: Int32
