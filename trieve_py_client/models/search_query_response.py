"""SearchQueryResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.search_query_event import SearchQueryEvent


class SearchQueryResponse(TrieveModel):
    """The SearchQueryResponse schema."""

    queries: list[SearchQueryEvent]
