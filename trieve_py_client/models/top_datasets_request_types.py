"""TopDatasetsRequestTypes: generated from the schema of the same name in openapi.json."""

from enum import Enum


class TopDatasetsRequestTypes(str, Enum):
    """One of the values the API allows."""

    SEARCH = "search"
    RAG = "rag"
    RECOMMENDATION = "recommendation"
