"""RAGAnalyticsResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.rag_query_response import RagQueryResponse
from trieve_py_client.models.rag_usage_graph_response import RAGUsageGraphResponse
from trieve_py_client.models.rag_usage_response import RAGUsageResponse


class RAGAnalyticsResponse(OneOfModel[RagQueryResponse | RAGUsageResponse | RAGUsageGraphResponse]):
    """One of several shapes.

    The value is `actual_instance`.
    """
