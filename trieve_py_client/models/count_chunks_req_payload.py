"""CountChunksReqPayload: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictFloat, StrictInt

from trieve_py_client._models import Int64, SentModel
from trieve_py_client.models.chunk_filter import ChunkFilter
from trieve_py_client.models.count_search_method import CountSearchMethod
from trieve_py_client.models.query_types import QueryTypes


class CountChunksReqPayload(SentModel):
    """The CountChunksReqPayload schema."""

    filters: ChunkFilter | None = Field(default=None)
    limit: Annotated[Int64, Ge(0)] | None = Field(
        default=None,
        description="Set limit to restrict the maximum number of chunks to count. This is useful for when you want to reduce the latency of the count operation. By default the limit will be the number of chunks in the dataset.",
    )
    query: QueryTypes
    score_threshold: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Set score_threshold to a float to filter out chunks with a score below the threshold. This threshold applies before weight and bias modifications. If not specified, this defaults to 0.0.",
    )
    search_type: CountSearchMethod
    use_quote_negated_terms: StrictBool | None = Field(
        default=None,
        description="If true, quoted and - prefixed words will be parsed from the queries and used as required and negated words respectively. Default is false.",
    )
