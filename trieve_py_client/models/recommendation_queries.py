"""RecommendationQueries: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from annotated_types import Ge
from pydantic import Field

from trieve_py_client.models._base import Int32, TrieveModel
from trieve_py_client.models.recommendation_analytics_filter import RecommendationAnalyticsFilter
from trieve_py_client.models.search_sort_by import SearchSortBy
from trieve_py_client.models.sort_order import SortOrder


class RecommendationQueries(TrieveModel):
    """The RecommendationQueries schema."""

    filter: RecommendationAnalyticsFilter | None = Field(default=None, alias="filter")
    page: Annotated[Int32, Ge(0)] | None = Field(default=None, alias="page")
    sort_by: SearchSortBy | None = Field(default=None, alias="sort_by")
    sort_order: SortOrder | None = Field(default=None, alias="sort_order")
    type: Literal["recommendation_queries"] = Field(alias="type")
