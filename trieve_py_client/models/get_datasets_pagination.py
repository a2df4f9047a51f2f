"""GetDatasetsPagination: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field

from trieve_py_client._models import NULLABLE, Int64, TrieveModel


class GetDatasetsPagination(TrieveModel):
    """The GetDatasetsPagination schema."""

    limit: Annotated[Int64 | None, NULLABLE] = Field(default=None)
    offset: Annotated[Int64 | None, NULLABLE] = Field(default=None)
