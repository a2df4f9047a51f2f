"""TagsWithCount: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import Int64, TrieveModel


class TagsWithCount(TrieveModel):
    """The TagsWithCount schema."""

    count: Int64
    tag: StrictStr
