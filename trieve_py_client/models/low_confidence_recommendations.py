"""LowConfidenceRecommendations: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from annotated_types import Ge
from pydantic import Field, StrictFloat, StrictInt

from trieve_py_client._models import NULLABLE, Int32, TrieveModel
from trieve_py_client.models.recommendation_analytics_filter import RecommendationAnalyticsFilter


class LowConfidenceRecommendations(TrieveModel):
    """The LowConfidenceRecommendations schema."""

    filter: Annotated[RecommendationAnalyticsFilter | None, NULLABLE] = Field(default=None)
    page: Annotated[Annotated[Int32, Ge(0)] | None, NULLABLE] = Field(default=None)
    threshold: Annotated[StrictFloat | StrictInt | None, NULLABLE] = Field(default=None)
    type: Literal["low_confidence_recommendations"]
