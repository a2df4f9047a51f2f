"""RecommendType: generated from the schema of the same name in openapi.json."""

from enum import Enum


class RecommendType(str, Enum):
    """The type of recommendation to make. This lets you choose whether to recommend based off of `semantic` or `fulltext` similarity. The default is `semantic`."""

    SEMANTIC = "semantic"
    FULLTEXT = "fulltext"
    BM25 = "bm25"
