"""RecommendationAnalytics: generated from the schema of the same name in openapi.json."""

from __future__ import annotations

from typing import Annotated

from pydantic import Tag

from trieve_py_client.models._base import OneOfModel, by_property
from trieve_py_client.models.low_confidence_recommendations import LowConfidenceRecommendations
from trieve_py_client.models.recommendation_queries import RecommendationQueries


class RecommendationAnalytics(
    OneOfModel[
        Annotated[
            Annotated[LowConfidenceRecommendations, Tag("LowConfidenceRecommendations")]
            | Annotated[RecommendationQueries, Tag("RecommendationQueries")],
            by_property("type"),
        ]
    ]
):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
