"""ClusterAnalyticsResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.search_cluster_response import SearchClusterResponse
from trieve_py_client.models.search_query_response import SearchQueryResponse


class ClusterAnalyticsResponse(OneOfModel[SearchClusterResponse | SearchQueryResponse]):
    """One of several shapes.

    The value is `actual_instance`.
    """
