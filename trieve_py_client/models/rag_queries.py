"""RAGQueries: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from annotated_types import Ge
from pydantic import Field

from trieve_py_client._models import NULLABLE, Int32, TrieveModel
from trieve_py_client.models.rag_analytics_filter import RAGAnalyticsFilter
from trieve_py_client.models.rag_sort_by import RAGSortBy
from trieve_py_client.models.sort_order import SortOrder


class RAGQueries(TrieveModel):
    """The RAGQueries schema."""

    filter: Annotated[RAGAnalyticsFilter | None, NULLABLE] = Field(default=None)
    page: Annotated[Annotated[Int32, Ge(0)] | None, NULLABLE] = Field(default=None)
    sort_by: Annotated[RAGSortBy | None, NULLABLE] = Field(default=None)
    sort_order: Annotated[SortOrder | None, NULLABLE] = Field(default=None)
    type: Literal["rag_queries"]
