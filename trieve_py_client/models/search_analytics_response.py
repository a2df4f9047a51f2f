"""SearchAnalyticsResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.dataset_analytics import DatasetAnalytics
from trieve_py_client.models.head_query_response import HeadQueryResponse
from trieve_py_client.models.latency_graph_response import LatencyGraphResponse
from trieve_py_client.models.popular_filters_response import PopularFiltersResponse
from trieve_py_client.models.query_count_response import QueryCountResponse
from trieve_py_client.models.search_query_event import SearchQueryEvent
from trieve_py_client.models.search_query_response import SearchQueryResponse
from trieve_py_client.models.search_usage_graph_response import SearchUsageGraphResponse


class SearchAnalyticsResponse(
    OneOfModel[
        LatencyGraphResponse
        | SearchUsageGraphResponse
        | DatasetAnalytics
        | HeadQueryResponse
        | SearchQueryResponse
        | QueryCountResponse
        | SearchQueryEvent
        | PopularFiltersResponse
    ]
):
    """One of several shapes.

    The value is `actual_instance`.
    """
