"""HeadQueryResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.head_queries import HeadQueries


class HeadQueryResponse(TrieveModel):
    """The HeadQueryResponse schema."""

    queries: list[HeadQueries]
