"""GetGroupsForChunksReqPayload: generated from the schema of the same name in openapi.json."""

from trieve_py_client.models._base import SentModel, UuidList


class GetGroupsForChunksReqPayload(SentModel):
    """The GetGroupsForChunksReqPayload schema."""

    chunk_ids: UuidList
