"""SortBySearchType: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictStr

from trieve_py_client._models import Int64, SentModel
from trieve_py_client.models.re_rank_options import ReRankOptions


class SortBySearchType(SentModel):
    """The SortBySearchType schema."""

    prefetch_amount: Annotated[Int64, Ge(0)] | None = Field(
        default=None, description="How many results to pull in before the rerabj"
    )
    rerank_query: StrictStr | None = Field(
        default=None, description="Query to use for prefetching defaults to the search query"
    )
    rerank_type: ReRankOptions
