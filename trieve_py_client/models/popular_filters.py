"""PopularFilters: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import Int32, Int64, TrieveModel


class PopularFilters(TrieveModel):
    """The PopularFilters schema."""

    clause: StrictStr
    common_values: dict[str, Int32]
    count: Int64
    field: StrictStr
    filter_type: StrictStr
