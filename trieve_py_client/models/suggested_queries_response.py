"""SuggestedQueriesResponse: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import TrieveModel


class SuggestedQueriesResponse(TrieveModel):
    """The SuggestedQueriesResponse schema."""

    queries: list[StrictStr]
