"""CTRSearchQueryWithoutClicksResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.search_queries_without_clicks_ctr_response import (
    SearchQueriesWithoutClicksCTRResponse,
)


class CTRSearchQueryWithoutClicksResponse(TrieveModel):
    """The CTRSearchQueryWithoutClicksResponse schema."""

    queries: list[SearchQueriesWithoutClicksCTRResponse]
