"""RecommendationAnalytics: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.low_confidence_recommendations import LowConfidenceRecommendations
from trieve_py_client.models.recommendation_queries import RecommendationQueries


class RecommendationAnalytics(OneOfModel[LowConfidenceRecommendations | RecommendationQueries]):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
