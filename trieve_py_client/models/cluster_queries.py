"""ClusterQueries: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from annotated_types import Ge
from pydantic import Field

from trieve_py_client.models._base import Int32, TrieveModel, UuidStr


class ClusterQueries(TrieveModel):
    """The ClusterQueries schema."""

    cluster_id: UuidStr = Field(alias="cluster_id")
    page: Annotated[Int32, Ge(0)] | None = Field(default=None, alias="page")
    type: Literal["cluster_queries"] = Field(alias="type")
