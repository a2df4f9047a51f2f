"""DistanceMetric: generated from the schema of the same name in openapi.json."""

from enum import Enum


class DistanceMetric(str, Enum):
    """One of the values the API allows."""

    EUCLIDEAN = "euclidean"
    COSINE = "cosine"
    MANHATTAN = "manhattan"
    DOT = "dot"
