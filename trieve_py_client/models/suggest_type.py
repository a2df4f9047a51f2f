"""SuggestType: generated from the schema of the same name in openapi.json."""

from enum import Enum


class SuggestType(str, Enum):
    """One of the values the API allows."""

    QUESTION = "question"
    KEYWORD = "keyword"
    SEMANTIC = "semantic"
