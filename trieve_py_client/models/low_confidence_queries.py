"""LowConfidenceQueries: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from annotated_types import Ge
from pydantic import Field, StrictFloat, StrictInt

from trieve_py_client._models import NULLABLE, Int32, TrieveModel
from trieve_py_client.models.search_analytics_filter import SearchAnalyticsFilter


class LowConfidenceQueries(TrieveModel):
    """The LowConfidenceQueries schema."""

    filter: Annotated[SearchAnalyticsFilter | None, NULLABLE] = Field(default=None)
    page: Annotated[Annotated[Int32, Ge(0)] | None, NULLABLE] = Field(default=None)
    threshold: Annotated[StrictFloat | StrictInt | None, NULLABLE] = Field(default=None)
    type: Literal["low_confidence_queries"]
