"""RAGUsageGraph: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.granularity import Granularity
from trieve_py_client.models.rag_analytics_filter import RAGAnalyticsFilter


class RAGUsageGraph(TrieveModel):
    """The RAGUsageGraph schema."""

    filter: Annotated[RAGAnalyticsFilter | None, NULLABLE] = Field(default=None)
    granularity: Annotated[Granularity | None, NULLABLE] = Field(default=None)
    type: Literal["rag_usage_graph"]
