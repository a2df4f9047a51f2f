"""RecommendGroupsReqPayload: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import Int32, Int64, SentModel, UuidList
from trieve_py_client.models.chunk_filter import ChunkFilter
from trieve_py_client.models.recommend_type import RecommendType
from trieve_py_client.models.recommendation_strategy import RecommendationStrategy


class RecommendGroupsReqPayload(SentModel):
    """The RecommendGroupsReqPayload schema."""

    filters: ChunkFilter | None = Field(default=None)
    group_size: Annotated[Int32, Ge(0)] | None = Field(
        default=None,
        description="The number of chunks to fetch for each group. This is the number of chunks which will be returned in the response for each group. The default is 3. If this is set to a large number, we recommend setting slim_chunks to true to avoid returning the content and chunk_html of the chunks so as to reduce latency due to content download and serialization.",
    )
    limit: Annotated[Int64, Ge(0)] | None = Field(
        default=None,
        description="The number of groups to return. This is the number of groups which will be returned in the response. The default is 10.",
    )
    negative_group_ids: UuidList | None = Field(
        default=None,
        description="The ids of the groups to be used as negative examples for the recommendation. The groups in this array will be used to filter out similar groups.",
    )
    negative_group_tracking_ids: list[StrictStr] | None = Field(
        default=None,
        description="The ids of the groups to be used as negative examples for the recommendation. The groups in this array will be used to filter out similar groups.",
    )
    positive_group_ids: UuidList | None = Field(
        default=None,
        description="The ids of the groups to be used as positive examples for the recommendation. The groups in this array will be used to find similar groups.",
    )
    positive_group_tracking_ids: list[StrictStr] | None = Field(
        default=None,
        description="The ids of the groups to be used as positive examples for the recommendation. The groups in this array will be used to find similar groups.",
    )
    recommend_type: RecommendType | None = Field(default=None)
    slim_chunks: StrictBool | None = Field(
        default=None,
        description="Set slim_chunks to true to avoid returning the content and chunk_html of the chunks. This is useful for when you want to reduce amount of data over the wire for latency improvement (typicall 10-50ms). Default is false.",
    )
    strategy: RecommendationStrategy | None = Field(default=None)
    user_id: StrictStr | None = Field(
        default=None,
        description="The user_id is the id of the user who is making the request. This is used to track user interactions with the rrecommendation results.",
    )
