"""QueryDetails: generated from the schema of the same name in openapi.json."""

from typing import Literal

from pydantic import Field, StrictStr

from trieve_py_client._models import TrieveModel


class QueryDetails(TrieveModel):
    """The QueryDetails schema."""

    search_id: StrictStr = Field(alias="search_id")
    type: Literal["query_details"] = Field(alias="type")
