"""SortOrder: generated from the schema of the same name in openapi.json."""

from enum import Enum


class SortOrder(str, Enum):
    """One of the values the API allows."""

    DESC = "desc"
    ASC = "asc"
