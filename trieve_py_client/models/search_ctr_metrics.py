"""SearchCTRMetrics: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt

from trieve_py_client._models import Int64, TrieveModel


class SearchCTRMetrics(TrieveModel):
    """The SearchCTRMetrics schema."""

    avg_position_of_click: StrictFloat | StrictInt
    percent_searches_with_clicks: StrictFloat | StrictInt
    percent_searches_without_clicks: StrictFloat | StrictInt
    searches_with_clicks: Int64
