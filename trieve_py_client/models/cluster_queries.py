"""ClusterQueries: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from annotated_types import Ge
from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel


class ClusterQueries(TrieveModel):
    """The ClusterQueries schema."""

    cluster_id: StrictStr
    page: Annotated[Annotated[Int32, Ge(0)] | None, NULLABLE] = Field(default=None)
    type: Literal["cluster_queries"]
