"""RecommendGroupsResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.group_score_chunk import GroupScoreChunk
from trieve_py_client.models.recommend_groups_response_body import RecommendGroupsResponseBody


class RecommendGroupsResponse(OneOfModel[RecommendGroupsResponseBody | GroupScoreChunk]):
    """One of several shapes.

    The value is `actual_instance`.
    """
