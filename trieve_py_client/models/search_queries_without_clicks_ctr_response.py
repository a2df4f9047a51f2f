"""SearchQueriesWithoutClicksCTRResponse: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import TrieveModel


class SearchQueriesWithoutClicksCTRResponse(TrieveModel):
    """The SearchQueriesWithoutClicksCTRResponse schema."""

    created_at: StrictStr
    query: StrictStr
