"""CTRAnalyticsResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.ctr_recommendations_with_clicks_response import (
    CTRRecommendationsWithClicksResponse,
)
from trieve_py_client.models.ctr_recommendations_without_clicks_response import (
    CTRRecommendationsWithoutClicksResponse,
)
from trieve_py_client.models.ctr_search_query_with_clicks_response import (
    CTRSearchQueryWithClicksResponse,
)
from trieve_py_client.models.ctr_search_query_without_clicks_response import (
    CTRSearchQueryWithoutClicksResponse,
)
from trieve_py_client.models.recommendation_ctr_metrics import RecommendationCTRMetrics
from trieve_py_client.models.search_ctr_metrics import SearchCTRMetrics


class CTRAnalyticsResponse(
    OneOfModel[
        SearchCTRMetrics
        | CTRSearchQueryWithoutClicksResponse
        | CTRSearchQueryWithClicksResponse
        | RecommendationCTRMetrics
        | CTRRecommendationsWithoutClicksResponse
        | CTRRecommendationsWithClicksResponse
    ]
):
    """One of several shapes.

    The value is `actual_instance`.
    """
