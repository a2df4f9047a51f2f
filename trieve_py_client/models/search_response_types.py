"""SearchResponseTypes: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.search_chunk_query_response_body import SearchChunkQueryResponseBody
from trieve_py_client.models.search_response_body import SearchResponseBody


class SearchResponseTypes(OneOfModel[SearchResponseBody | SearchChunkQueryResponseBody]):
    """One of several shapes.

    The value is `actual_instance`.
    """
