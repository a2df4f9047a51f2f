"""QueryCountResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.search_type_count import SearchTypeCount


class QueryCountResponse(TrieveModel):
    """The QueryCountResponse schema."""

    total_queries: list[SearchTypeCount]
