"""GetChunksInGroupResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.get_chunks_in_groups_response_body import GetChunksInGroupsResponseBody
from trieve_py_client.models.groups_bookmark_query_result import GroupsBookmarkQueryResult


class GetChunksInGroupResponse(
    OneOfModel[GetChunksInGroupsResponseBody | GroupsBookmarkQueryResult]
):
    """One of several shapes.

    The value is `actual_instance`.
    """
