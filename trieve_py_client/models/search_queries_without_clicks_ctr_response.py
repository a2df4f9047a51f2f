"""SearchQueriesWithoutClicksCTRResponse: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import TrieveModel


class SearchQueriesWithoutClicksCTRResponse(TrieveModel):
    """The SearchQueriesWithoutClicksCTRResponse schema."""

    created_at: StrictStr = Field(alias="created_at")
    query: StrictStr = Field(alias="query")
