"""SearchChunksReqPayload: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import Int64, SentModel
from trieve_py_client.models.chunk_filter import ChunkFilter
from trieve_py_client.models.highlight_options import HighlightOptions
from trieve_py_client.models.query_types import QueryTypes
from trieve_py_client.models.scoring_options import ScoringOptions
from trieve_py_client.models.search_method import SearchMethod
from trieve_py_client.models.sort_options import SortOptions
from trieve_py_client.models.typo_options import TypoOptions


class SearchChunksReqPayload(SentModel):
    """The SearchChunksReqPayload schema."""

    content_only: StrictBool | None = Field(
        default=None,
        description="Set content_only to true to only returning the chunk_html of the chunks. This is useful for when you want to reduce amount of data over the wire for latency improvement (typically 10-50ms). Default is false.",
    )
    filters: ChunkFilter | None = Field(default=None)
    get_total_pages: StrictBool | None = Field(
        default=None,
        description="Get total page count for the query accounting for the applied filters. Defaults to false, but can be set to true when the latency penalty is acceptable (typically 50-200ms).",
    )
    highlight_options: HighlightOptions | None = Field(default=None)
    page: Annotated[Int64, Ge(0)] | None = Field(
        default=None, description="Page of chunks to fetch. Page is 1-indexed."
    )
    page_size: Annotated[Int64, Ge(0)] | None = Field(
        default=None,
        description="Page size is the number of chunks to fetch. This can be used to fetch more than 10 chunks at a time.",
    )
    query: QueryTypes
    remove_stop_words: StrictBool | None = Field(
        default=None,
        description="If true, stop words (specified in server/src/stop-words.txt in the git repo) will be removed. Queries that are entirely stop words will be preserved.",
    )
    score_threshold: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Set score_threshold to a float to filter out chunks with a score below the threshold for cosine distance metric. For Manhattan Distance, Euclidean Distance, and Dot Product, it will filter out scores above the threshold distance. This threshold applies before weight and bias modifications. If not specified, this defaults to no threshold. A threshold of 0 will default to no threshold.",
    )
    scoring_options: ScoringOptions | None = Field(default=None)
    search_type: SearchMethod
    slim_chunks: StrictBool | None = Field(
        default=None,
        description="Set slim_chunks to true to avoid returning the content and chunk_html of the chunks. This is useful for when you want to reduce amount of data over the wire for latency improvement (typically 10-50ms). Default is false.",
    )
    sort_options: SortOptions | None = Field(default=None)
    typo_options: TypoOptions | None = Field(default=None)
    use_quote_negated_terms: StrictBool | None = Field(
        default=None,
        description="If true, quoted and - prefixed words will be parsed from the queries and used as required and negated words respectively. Default is false.",
    )
    user_id: StrictStr | None = Field(
        default=None,
        description="User ID is the id of the user who is making the request. This is used to track user interactions with the search results.",
    )
