"""SearchOverGroupsResponseBody: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int64, TrieveModel
from trieve_py_client.models.search_over_groups_results import SearchOverGroupsResults


class SearchOverGroupsResponseBody(TrieveModel):
    """The SearchOverGroupsResponseBody schema."""

    corrected_query: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    id: StrictStr
    results: list[SearchOverGroupsResults]
    total_pages: Int64
