"""SearchTypeCount: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import Int64, TrieveModel


class SearchTypeCount(TrieveModel):
    """The SearchTypeCount schema."""

    search_count: Int64
    search_method: StrictStr
    search_type: StrictStr
