"""QueryTypes: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.multi_query import MultiQuery


class QueryTypes(OneOfModel[StrictStr | list[MultiQuery]]):
    """Query is the search query. This can be any string. The query will be used to create an embedding vector and/or SPLADE vector which will be used to find the result set.  You can either provide one query, or multiple with weights. Multi-query only works with Semantic Search and is not compatible with cross encoder re-ranking or highlights.

    The value is `actual_instance`.
    """
