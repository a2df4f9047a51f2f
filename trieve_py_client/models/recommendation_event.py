"""RecommendationEvent: generated from the schema of the same name in openapi.json."""

from typing import Any

from pydantic import StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import TrieveModel


class RecommendationEvent(TrieveModel):
    """The RecommendationEvent schema."""

    created_at: StrictStr
    dataset_id: StrictStr
    id: StrictStr
    negative_ids: list[StrictStr]
    negative_tracking_ids: list[StrictStr]
    positive_ids: list[StrictStr]
    positive_tracking_ids: list[StrictStr]
    recommendation_type: StrictStr
    request_params: Any | None
    results: list[Any]
    top_score: StrictFloat | StrictInt
    user_id: StrictStr
