"""SearchOverGroupsReqPayload: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import Int32, Int64, SentModel
from trieve_py_client.models.chunk_filter import ChunkFilter
from trieve_py_client.models.highlight_options import HighlightOptions
from trieve_py_client.models.query_types import QueryTypes
from trieve_py_client.models.search_method import SearchMethod
from trieve_py_client.models.typo_options import TypoOptions


class SearchOverGroupsReqPayload(SentModel):
    """The SearchOverGroupsReqPayload schema."""

    filters: ChunkFilter | None = Field(default=None)
    get_total_pages: StrictBool | None = Field(
        default=None,
        description="Get total page count for the query accounting for the applied filters. Defaults to false, but can be set to true when the latency penalty is acceptable (typically 50-200ms).",
    )
    group_size: Annotated[Int32, Ge(0)] | None = Field(
        default=None,
        description="Group_size is the number of chunks to fetch for each group. The default is 3. If a group has less than group_size chunks, all chunks will be returned. If this is set to a large number, we recommend setting slim_chunks to true to avoid returning the content and chunk_html of the chunks so as to lower the amount of time required for content download and serialization.",
    )
    highlight_options: HighlightOptions | None = Field(default=None)
    page: Annotated[Int64, Ge(0)] | None = Field(
        default=None, description="Page of group results to fetch. Page is 1-indexed."
    )
    page_size: Annotated[Int64, Ge(0)] | None = Field(
        default=None,
        description="Page size is the number of group results to fetch. The default is 10.",
    )
    query: QueryTypes
    remove_stop_words: StrictBool | None = Field(
        default=None,
        description="If true, stop words (specified in server/src/stop-words.txt in the git repo) will be removed. Queries that are entirely stop words will be preserved.",
    )
    score_threshold: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Set score_threshold to a float to filter out chunks with a score below the threshold. This threshold applies before weight and bias modifications. If not specified, this defaults to 0.0.",
    )
    search_type: SearchMethod
    slim_chunks: StrictBool | None = Field(
        default=None,
        description="Set slim_chunks to true to avoid returning the content and chunk_html of the chunks. This is useful for when you want to reduce amount of data over the wire for latency improvement (typicall 10-50ms). Default is false.",
    )
    typo_options: TypoOptions | None = Field(default=None)
    use_quote_negated_terms: StrictBool | None = Field(
        default=None,
        description="If true, quoted and - prefixed words will be parsed from the queries and used as required and negated words respectively. Default is false.",
    )
    user_id: StrictStr | None = Field(
        default=None,
        description="The user_id is the id of the user who is making the request. This is used to track user interactions with the search results.",
    )
