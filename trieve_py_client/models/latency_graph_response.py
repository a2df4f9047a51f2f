"""LatencyGraphResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.search_latency_graph import SearchLatencyGraph


class LatencyGraphResponse(TrieveModel):
    """The LatencyGraphResponse schema."""

    latency_points: list[SearchLatencyGraph]
