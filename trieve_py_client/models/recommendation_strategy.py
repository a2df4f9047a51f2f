"""RecommendationStrategy: generated from the schema of the same name in openapi.json."""

from enum import Enum


class RecommendationStrategy(str, Enum):
    """Strategy to use for recommendations, either \"average_vector\" or \"best_score\". The default is \"average_vector\". The \"average_vector\" strategy will construct a single average vector from the positive and negative samples then use it to perform a pseudo-search. The \"best_score\" strategy is more advanced and navigates the HNSW with a heuristic of picking edges where the point is closer to the positive samples than it is the negatives."""

    AVERAGE_VECTOR = "average_vector"
    BEST_SCORE = "best_score"
