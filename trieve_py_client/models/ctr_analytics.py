"""CTRAnalytics: generated from the schema of the same name in openapi.json."""

from __future__ import annotations

from typing import Annotated

from pydantic import Tag

from trieve_py_client.models._base import OneOfModel, by_property
from trieve_py_client.models.recommendation_ctr_metrics1 import RecommendationCTRMetrics1
from trieve_py_client.models.recommendations_with_clicks import RecommendationsWithClicks
from trieve_py_client.models.recommendations_without_clicks import RecommendationsWithoutClicks
from trieve_py_client.models.search_ctr_metrics1 import SearchCTRMetrics1
from trieve_py_client.models.searches_with_clicks import SearchesWithClicks
from trieve_py_client.models.searches_without_clicks import SearchesWithoutClicks


class CTRAnalytics(
    OneOfModel[
        Annotated[
            Annotated[RecommendationCTRMetrics1, Tag("RecommendationCTRMetrics_1")]
            | Annotated[RecommendationsWithClicks, Tag("RecommendationsWithClicks")]
            | Annotated[RecommendationsWithoutClicks, Tag("RecommendationsWithoutClicks")]
            | Annotated[SearchCTRMetrics1, Tag("SearchCTRMetrics_1")]
            | Annotated[SearchesWithClicks, Tag("SearchesWithClicks")]
            | Annotated[SearchesWithoutClicks, Tag("SearchesWithoutClicks")],
            by_property("type"),
        ]
    ]
):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
