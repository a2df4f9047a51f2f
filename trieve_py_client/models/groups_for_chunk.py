"""GroupsForChunk: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.chunk_group_and_file_id import ChunkGroupAndFileId


class GroupsForChunk(TrieveModel):
    """The GroupsForChunk schema."""

    chunk_uuid: StrictStr
    slim_groups: list[ChunkGroupAndFileId]
