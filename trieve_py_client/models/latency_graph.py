"""LatencyGraph: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.granularity import Granularity
from trieve_py_client.models.search_analytics_filter import SearchAnalyticsFilter


class LatencyGraph(TrieveModel):
    """The LatencyGraph schema."""

    filter: Annotated[SearchAnalyticsFilter | None, NULLABLE] = Field(default=None)
    granularity: Annotated[Granularity | None, NULLABLE] = Field(default=None)
    type: Literal["latency_graph"]
