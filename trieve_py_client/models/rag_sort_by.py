"""RAGSortBy: generated from the schema of the same name in openapi.json."""

from enum import Enum


class RAGSortBy(str, Enum):
    """One of the values the API allows."""

    CREATED_AT = "created_at"
    LATENCY = "latency"
