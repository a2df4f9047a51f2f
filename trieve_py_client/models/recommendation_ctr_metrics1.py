"""RecommendationCTRMetrics1: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.recommendation_analytics_filter import RecommendationAnalyticsFilter


class RecommendationCTRMetrics1(TrieveModel):
    """The RecommendationCTRMetrics1 schema."""

    filter: Annotated[RecommendationAnalyticsFilter | None, NULLABLE] = Field(default=None)
    type: Literal["recommendation_ctr_metrics"]
