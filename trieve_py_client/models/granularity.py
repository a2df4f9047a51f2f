"""Granularity: generated from the schema of the same name in openapi.json."""

from enum import Enum


class Granularity(str, Enum):
    """One of the values the API allows."""

    MINUTE = "minute"
    SECOND = "second"
    HOUR = "hour"
    DAY = "day"
