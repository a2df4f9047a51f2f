"""SearchCTRMetrics: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictFloat, StrictInt

from trieve_py_client._models import Int64, TrieveModel


class SearchCTRMetrics(TrieveModel):
    """The SearchCTRMetrics schema."""

    avg_position_of_click: StrictFloat | StrictInt = Field(alias="avg_position_of_click")
    percent_searches_with_clicks: StrictFloat | StrictInt = Field(
        alias="percent_searches_with_clicks"
    )
    percent_searches_without_clicks: StrictFloat | StrictInt = Field(
        alias="percent_searches_without_clicks"
    )
    searches_with_clicks: Int64 = Field(alias="searches_with_clicks")
