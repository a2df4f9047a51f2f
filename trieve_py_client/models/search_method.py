"""SearchMethod: generated from the schema of the same name in openapi.json."""

from enum import Enum


class SearchMethod(str, Enum):
    """One of the values the API allows."""

    FULLTEXT = "fulltext"
    SEMANTIC = "semantic"
    HYBRID = "hybrid"
    BM25 = "bm25"
