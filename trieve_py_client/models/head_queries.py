"""HeadQueries: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import Int64, TrieveModel


class HeadQueries(TrieveModel):
    """The HeadQueries schema."""

    count: Int64
    query: StrictStr
