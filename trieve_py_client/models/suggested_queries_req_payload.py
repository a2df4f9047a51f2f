"""SuggestedQueriesReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel
from trieve_py_client.models.chunk_filter import ChunkFilter
from trieve_py_client.models.search_method import SearchMethod
from trieve_py_client.models.suggest_type import SuggestType


class SuggestedQueriesReqPayload(SentModel):
    """The SuggestedQueriesReqPayload schema."""

    context: StrictStr | None = Field(
        default=None,
        description="Context is the context of the query. This can be any string under 15 words and 200 characters. The context will be used to generate the suggested queries. Defaults to None.",
    )
    filters: ChunkFilter | None = Field(default=None)
    query: StrictStr | None = Field(
        default=None,
        description="The query to base the generated suggested queries off of using RAG. A hybrid search for 10 chunks from your dataset using this query will be performed and the context of the chunks will be used to generate the suggested queries.",
    )
    search_type: SearchMethod | None = Field(default=None)
    suggestion_type: SuggestType | None = Field(default=None)
