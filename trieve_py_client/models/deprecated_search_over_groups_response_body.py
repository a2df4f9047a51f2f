"""DeprecatedSearchOverGroupsResponseBody: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int64, TrieveModel
from trieve_py_client.models.group_score_chunk import GroupScoreChunk


class DeprecatedSearchOverGroupsResponseBody(TrieveModel):
    """The DeprecatedSearchOverGroupsResponseBody schema."""

    corrected_query: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    group_chunks: list[GroupScoreChunk]
    total_chunk_pages: Int64
