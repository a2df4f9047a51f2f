"""SearchCTRMetrics1: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.search_analytics_filter import SearchAnalyticsFilter


class SearchCTRMetrics1(TrieveModel):
    """The SearchCTRMetrics1 schema."""

    filter: Annotated[SearchAnalyticsFilter | None, NULLABLE] = Field(default=None)
    type: Literal["search_ctr_metrics"]
