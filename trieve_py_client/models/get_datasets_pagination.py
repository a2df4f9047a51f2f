"""GetDatasetsPagination: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client.models._base import Int64, TrieveModel


class GetDatasetsPagination(TrieveModel):
    """The GetDatasetsPagination schema."""

    limit: Int64 | None = Field(default=None, alias="limit")
    offset: Int64 | None = Field(default=None, alias="offset")
