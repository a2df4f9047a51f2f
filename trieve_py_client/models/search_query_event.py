"""SearchQueryEvent: generated from the schema of the same name in openapi.json."""

from typing import Any

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import TrieveModel


class SearchQueryEvent(TrieveModel):
    """The SearchQueryEvent schema."""

    created_at: StrictStr = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    id: StrictStr = Field(alias="id")
    latency: StrictFloat | StrictInt = Field(alias="latency")
    query: StrictStr = Field(alias="query")
    query_rating: StrictStr = Field(alias="query_rating")
    request_params: Any | None = Field(alias="request_params")
    results: list[Any] = Field(alias="results")
    search_type: StrictStr = Field(alias="search_type")
    top_score: StrictFloat | StrictInt = Field(alias="top_score")
    user_id: StrictStr = Field(alias="user_id")
