"""CTRAnalytics: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.recommendation_ctr_metrics1 import RecommendationCTRMetrics1
from trieve_py_client.models.recommendations_with_clicks import RecommendationsWithClicks
from trieve_py_client.models.recommendations_without_clicks import RecommendationsWithoutClicks
from trieve_py_client.models.search_ctr_metrics1 import SearchCTRMetrics1
from trieve_py_client.models.searches_with_clicks import SearchesWithClicks
from trieve_py_client.models.searches_without_clicks import SearchesWithoutClicks


class CTRAnalytics(
    OneOfModel[
        SearchCTRMetrics1
        | SearchesWithClicks
        | SearchesWithoutClicks
        | RecommendationCTRMetrics1
        | RecommendationsWithClicks
        | RecommendationsWithoutClicks
    ]
):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
