"""APIVersion: generated from the schema of the same name in openapi.json."""

from enum import Enum


class APIVersion(str, Enum):
    """One of the values the API allows."""

    V1 = "V1"
    V2 = "V2"
