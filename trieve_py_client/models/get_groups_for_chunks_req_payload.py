"""GetGroupsForChunksReqPayload: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import SentModel, UuidList


class GetGroupsForChunksReqPayload(SentModel):
    """The GetGroupsForChunksReqPayload schema."""

    chunk_ids: UuidList
