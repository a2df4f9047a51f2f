"""RAGAnalytics: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.rag_queries import RAGQueries
from trieve_py_client.models.rag_usage import RAGUsage
from trieve_py_client.models.rag_usage_graph import RAGUsageGraph


class RAGAnalytics(OneOfModel[RAGQueries | RAGUsage | RAGUsageGraph]):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
