"""SearchClusterResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.search_cluster_topics import SearchClusterTopics


class SearchClusterResponse(TrieveModel):
    """The SearchClusterResponse schema."""

    clusters: list[SearchClusterTopics]
