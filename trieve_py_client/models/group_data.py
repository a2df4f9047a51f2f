"""GroupData: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import Int32, TrieveModel
from trieve_py_client.models.chunk_group_and_file_id import ChunkGroupAndFileId


class GroupData(TrieveModel):
    """The GroupData schema."""

    groups: list[ChunkGroupAndFileId]
    total_pages: Int32
