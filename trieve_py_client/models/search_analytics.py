"""SearchAnalytics: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.count_queries import CountQueries
from trieve_py_client.models.head_queries1 import HeadQueries1
from trieve_py_client.models.latency_graph import LatencyGraph
from trieve_py_client.models.low_confidence_queries import LowConfidenceQueries
from trieve_py_client.models.no_result_queries import NoResultQueries
from trieve_py_client.models.popular_filters1 import PopularFilters1
from trieve_py_client.models.query_details import QueryDetails
from trieve_py_client.models.search_metrics import SearchMetrics
from trieve_py_client.models.search_queries import SearchQueries
from trieve_py_client.models.search_usage_graph import SearchUsageGraph


class SearchAnalytics(
    OneOfModel[
        LatencyGraph
        | SearchUsageGraph
        | SearchMetrics
        | HeadQueries1
        | LowConfidenceQueries
        | NoResultQueries
        | SearchQueries
        | CountQueries
        | QueryDetails
        | PopularFilters1
    ]
):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
