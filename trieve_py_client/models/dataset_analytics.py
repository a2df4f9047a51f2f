"""DatasetAnalytics: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt

from trieve_py_client._models import Int32, TrieveModel


class DatasetAnalytics(TrieveModel):
    """The DatasetAnalytics schema."""

    avg_latency: StrictFloat | StrictInt
    p50: StrictFloat | StrictInt
    p95: StrictFloat | StrictInt
    p99: StrictFloat | StrictInt
    search_rps: StrictFloat | StrictInt
    total_queries: Int32
