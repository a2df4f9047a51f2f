"""HighlightStrategy: generated from the schema of the same name in openapi.json."""

from enum import Enum


class HighlightStrategy(str, Enum):
    """One of the values the API allows."""

    EXACTMATCH = "exactmatch"
    V1 = "v1"
