"""CTRRecommendationsWithoutClicksResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.recommendations_without_clicks_ctr_response import (
    RecommendationsWithoutClicksCTRResponse,
)


class CTRRecommendationsWithoutClicksResponse(TrieveModel):
    """The CTRRecommendationsWithoutClicksResponse schema."""

    recommendations: list[RecommendationsWithoutClicksCTRResponse]
