"""ChunkMetadataTypes: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.chunk_metadata_string_tag_set import ChunkMetadataStringTagSet
from trieve_py_client.models.content_chunk_metadata import ContentChunkMetadata
from trieve_py_client.models.slim_chunk_metadata import SlimChunkMetadata


class ChunkMetadataTypes(
    OneOfModel[SlimChunkMetadata | ChunkMetadataStringTagSet | ContentChunkMetadata]
):
    """One of several shapes.

    The value is `actual_instance`.
    """
