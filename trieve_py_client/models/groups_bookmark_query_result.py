"""GroupsBookmarkQueryResult: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge

from trieve_py_client._models import Int64, TrieveModel
from trieve_py_client.models.chunk_group_and_file_id import ChunkGroupAndFileId
from trieve_py_client.models.chunk_metadata_string_tag_set import ChunkMetadataStringTagSet


class GroupsBookmarkQueryResult(TrieveModel):
    """The GroupsBookmarkQueryResult schema."""

    chunks: list[ChunkMetadataStringTagSet]
    group: ChunkGroupAndFileId
    total_pages: Annotated[Int64, Ge(0)]
