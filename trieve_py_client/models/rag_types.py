"""RagTypes: generated from the schema of the same name in openapi.json."""

from enum import Enum


class RagTypes(str, Enum):
    """One of the values the API allows."""

    CHOSEN_CHUNKS = "chosen_chunks"
    ALL_CHUNKS = "all_chunks"
