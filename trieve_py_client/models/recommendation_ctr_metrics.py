"""RecommendationCTRMetrics: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt

from trieve_py_client._models import Int64, TrieveModel


class RecommendationCTRMetrics(TrieveModel):
    """The RecommendationCTRMetrics schema."""

    avg_position_of_click: StrictFloat | StrictInt
    percent_recommendations_with_clicks: StrictFloat | StrictInt
    percent_recommendations_without_clicks: StrictFloat | StrictInt
    recommendations_with_clicks: Int64
