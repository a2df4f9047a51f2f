"""SearchUsageGraph: generated from the schema of the same name in openapi.json."""

from typing import Literal

from pydantic import Field

from trieve_py_client.models._base import TrieveModel
from trieve_py_client.models.granularity import Granularity
from trieve_py_client.models.search_analytics_filter import SearchAnalyticsFilter


class SearchUsageGraph(TrieveModel):
    """The SearchUsageGraph schema."""

    filter: SearchAnalyticsFilter | None = Field(default=None, alias="filter")
    granularity: Granularity | None = Field(default=None, alias="granularity")
    type: Literal["search_usage_graph"] = Field(alias="type")
