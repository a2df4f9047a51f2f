"""RecommendationCTRMetrics: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictFloat, StrictInt

from trieve_py_client._models import Int64, TrieveModel


class RecommendationCTRMetrics(TrieveModel):
    """The RecommendationCTRMetrics schema."""

    avg_position_of_click: StrictFloat | StrictInt = Field(alias="avg_position_of_click")
    percent_recommendations_with_clicks: StrictFloat | StrictInt = Field(
        alias="percent_recommendations_with_clicks"
    )
    percent_recommendations_without_clicks: StrictFloat | StrictInt = Field(
        alias="percent_recommendations_without_clicks"
    )
    recommendations_with_clicks: Int64 = Field(alias="recommendations_with_clicks")
