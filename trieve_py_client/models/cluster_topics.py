"""ClusterTopics: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.cluster_analytics_filter import ClusterAnalyticsFilter


class ClusterTopics(TrieveModel):
    """The ClusterTopics schema."""

    filter: Annotated[ClusterAnalyticsFilter | None, NULLABLE] = Field(default=None)
    type: Literal["cluster_topics"]
