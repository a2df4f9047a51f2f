"""CreateChunkGroupResponseEnum: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.chunk_group import ChunkGroup


class CreateChunkGroupResponseEnum(OneOfModel[ChunkGroup | list[ChunkGroup]]):
    """One of several shapes.

    The value is `actual_instance`.
    """
