"""PopularFilters: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, Int64, TrieveModel


class PopularFilters(TrieveModel):
    """The PopularFilters schema."""

    clause: StrictStr = Field(alias="clause")
    common_values: dict[str, Int32] = Field(alias="common_values")
    count: Int64 = Field(alias="count")
    field: StrictStr = Field(alias="field")
    filter_type: StrictStr = Field(alias="filter_type")
