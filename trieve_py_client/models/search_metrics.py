"""SearchMetrics: generated from the schema of the same name in openapi.json."""

from typing import Literal

from pydantic import Field

from trieve_py_client.models._base import TrieveModel
from trieve_py_client.models.search_analytics_filter import SearchAnalyticsFilter


class SearchMetrics(TrieveModel):
    """The SearchMetrics schema."""

    filter: SearchAnalyticsFilter | None = Field(default=None, alias="filter")
    type: Literal["search_metrics"] = Field(alias="type")
