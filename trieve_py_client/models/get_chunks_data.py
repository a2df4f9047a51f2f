"""GetChunksData: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import SentModel, UuidList


class GetChunksData(SentModel):
    """The GetChunksData schema."""

    ids: UuidList
