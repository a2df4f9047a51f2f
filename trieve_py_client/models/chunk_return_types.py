"""ChunkReturnTypes: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.chunk_metadata import ChunkMetadata
from trieve_py_client.models.chunk_metadata_string_tag_set import ChunkMetadataStringTagSet


class ChunkReturnTypes(OneOfModel[ChunkMetadata | ChunkMetadataStringTagSet]):
    """One of several shapes.

    The value is `actual_instance`.
    """
