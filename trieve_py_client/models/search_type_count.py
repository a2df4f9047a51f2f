"""SearchTypeCount: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import Int64, TrieveModel


class SearchTypeCount(TrieveModel):
    """The SearchTypeCount schema."""

    search_count: Int64 = Field(alias="search_count")
    search_method: StrictStr = Field(alias="search_method")
    search_type: StrictStr = Field(alias="search_type")
