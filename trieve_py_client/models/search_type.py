"""SearchType: generated from the schema of the same name in openapi.json."""

from enum import Enum


class SearchType(str, Enum):
    """One of the values the API allows."""

    SEARCH = "search"
    AUTOCOMPLETE = "autocomplete"
    SEARCH_OVER_GROUPS = "search_over_groups"
    SEARCH_WITHIN_GROUPS = "search_within_groups"
