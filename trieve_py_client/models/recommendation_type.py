"""RecommendationType: generated from the schema of the same name in openapi.json."""

from enum import Enum


class RecommendationType(str, Enum):
    """One of the values the API allows."""

    CHUNK = "Chunk"
    GROUP = "Group"
