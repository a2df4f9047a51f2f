"""SearchOverGroupsResponseBody: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client.models._base import Int64, TrieveModel, UuidStr
from trieve_py_client.models.search_over_groups_results import SearchOverGroupsResults


class SearchOverGroupsResponseBody(TrieveModel):
    """The SearchOverGroupsResponseBody schema."""

    corrected_query: StrictStr | None = Field(default=None, alias="corrected_query")
    id: UuidStr = Field(alias="id")
    results: list[SearchOverGroupsResults] = Field(alias="results")
    total_pages: Int64 = Field(alias="total_pages")
