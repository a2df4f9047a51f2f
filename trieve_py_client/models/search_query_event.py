"""SearchQueryEvent: generated from the schema of the same name in openapi.json."""

from typing import Any

from pydantic import StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import TrieveModel


class SearchQueryEvent(TrieveModel):
    """The SearchQueryEvent schema."""

    created_at: StrictStr
    dataset_id: StrictStr
    id: StrictStr
    latency: StrictFloat | StrictInt
    query: StrictStr
    query_rating: StrictStr
    request_params: Any | None
    results: list[Any]
    search_type: StrictStr
    top_score: StrictFloat | StrictInt
    user_id: StrictStr
