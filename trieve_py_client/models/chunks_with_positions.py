"""ChunksWithPositions: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import Int32, SentModel, UuidStr


class ChunksWithPositions(SentModel):
    """The ChunksWithPositions schema."""

    chunk_id: UuidStr
    position: Int32
