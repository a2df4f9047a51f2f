"""RecommendationsEventResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.recommendation_event import RecommendationEvent


class RecommendationsEventResponse(TrieveModel):
    """The RecommendationsEventResponse schema."""

    queries: list[RecommendationEvent]
