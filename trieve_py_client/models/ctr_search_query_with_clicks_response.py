"""CTRSearchQueryWithClicksResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.search_queries_with_clicks_ctr_response import (
    SearchQueriesWithClicksCTRResponse,
)


class CTRSearchQueryWithClicksResponse(TrieveModel):
    """The CTRSearchQueryWithClicksResponse schema."""

    queries: list[SearchQueriesWithClicksCTRResponse]
