"""RecommendationEvent: generated from the schema of the same name in openapi.json."""

from typing import Any

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import TrieveModel


class RecommendationEvent(TrieveModel):
    """The RecommendationEvent schema."""

    created_at: StrictStr = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    id: StrictStr = Field(alias="id")
    negative_ids: list[StrictStr] = Field(alias="negative_ids")
    negative_tracking_ids: list[StrictStr] = Field(alias="negative_tracking_ids")
    positive_ids: list[StrictStr] = Field(alias="positive_ids")
    positive_tracking_ids: list[StrictStr] = Field(alias="positive_tracking_ids")
    recommendation_type: StrictStr = Field(alias="recommendation_type")
    request_params: Any | None = Field(alias="request_params")
    results: list[Any] = Field(alias="results")
    top_score: StrictFloat | StrictInt = Field(alias="top_score")
    user_id: StrictStr = Field(alias="user_id")
