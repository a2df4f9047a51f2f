"""RecommendationAnalyticsResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.recommendations_event_response import RecommendationsEventResponse


class RecommendationAnalyticsResponse(OneOfModel[RecommendationsEventResponse]):
    """One of several shapes.

    The value is `actual_instance`.
    """
