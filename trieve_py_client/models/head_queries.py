"""HeadQueries: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import Int64, TrieveModel


class HeadQueries(TrieveModel):
    """The HeadQueries schema."""

    count: Int64 = Field(alias="count")
    query: StrictStr = Field(alias="query")
