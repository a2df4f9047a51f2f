"""ClusterAnalytics: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.cluster_queries import ClusterQueries
from trieve_py_client.models.cluster_topics import ClusterTopics


class ClusterAnalytics(OneOfModel[ClusterTopics | ClusterQueries]):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
