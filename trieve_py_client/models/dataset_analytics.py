"""DatasetAnalytics: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictFloat, StrictInt

from trieve_py_client._models import Int32, TrieveModel


class DatasetAnalytics(TrieveModel):
    """The DatasetAnalytics schema."""

    avg_latency: StrictFloat | StrictInt = Field(alias="avg_latency")
    p50: StrictFloat | StrictInt = Field(alias="p50")
    p95: StrictFloat | StrictInt = Field(alias="p95")
    p99: StrictFloat | StrictInt = Field(alias="p99")
    search_rps: StrictFloat | StrictInt = Field(alias="search_rps")
    total_queries: Int32 = Field(alias="total_queries")
