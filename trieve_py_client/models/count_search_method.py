"""CountSearchMethod: generated from the schema of the same name in openapi.json."""

from enum import Enum


class CountSearchMethod(str, Enum):
    """One of the values the API allows."""

    FULLTEXT = "fulltext"
    SEMANTIC = "semantic"
    BM25 = "bm25"
