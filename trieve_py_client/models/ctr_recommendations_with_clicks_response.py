"""CTRRecommendationsWithClicksResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.recommendations_with_clicks_ctr_response import (
    RecommendationsWithClicksCTRResponse,
)


class CTRRecommendationsWithClicksResponse(TrieveModel):
    """The CTRRecommendationsWithClicksResponse schema."""

    recommendations: list[RecommendationsWithClicksCTRResponse]
