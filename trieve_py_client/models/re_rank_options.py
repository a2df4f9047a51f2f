"""ReRankOptions: generated from the schema of the same name in openapi.json."""

from enum import Enum


class ReRankOptions(str, Enum):
    """One of the values the API allows."""

    SEMANTIC = "semantic"
    FULLTEXT = "fulltext"
    BM25 = "bm25"
    CROSS_ENCODER = "cross_encoder"
