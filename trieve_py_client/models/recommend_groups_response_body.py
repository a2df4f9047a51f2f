"""RecommendGroupsResponseBody: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.search_over_groups_results import SearchOverGroupsResults


class RecommendGroupsResponseBody(TrieveModel):
    """The RecommendGroupsResponseBody schema."""

    id: StrictStr
    results: list[SearchOverGroupsResults]
