"""PopularFilters1: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.search_analytics_filter import SearchAnalyticsFilter


class PopularFilters1(TrieveModel):
    """The PopularFilters1 schema."""

    filter: Annotated[SearchAnalyticsFilter | None, NULLABLE] = Field(default=None)
    type: Literal["popular_filters"]
