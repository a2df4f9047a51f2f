"""CreateMessageReqPayload: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import Int64, SentModel, UuidStr
from trieve_py_client.models.chunk_filter import ChunkFilter
from trieve_py_client.models.highlight_options import HighlightOptions
from trieve_py_client.models.llm_options import LLMOptions
from trieve_py_client.models.search_method import SearchMethod


class CreateMessageReqPayload(SentModel):
    """The CreateMessageReqPayload schema."""

    concat_user_messages_query: StrictBool | None = Field(
        default=None,
        description="If concat user messages query is set to true, all of the user messages in the topic will be concatenated together and used as the search query. If not specified, this defaults to false. Default is false.",
    )
    filters: ChunkFilter | None = Field(default=None)
    highlight_options: HighlightOptions | None = Field(default=None)
    llm_options: LLMOptions | None = Field(default=None)
    new_message_content: StrictStr = Field(
        description="The content of the user message to attach to the topic and then generate an assistant message in response to."
    )
    page_size: Annotated[Int64, Ge(0)] | None = Field(
        default=None,
        description="Page size is the number of chunks to fetch during RAG. If 0, then no search will be performed. If specified, this will override the N retrievals to include in the dataset configuration. Default is None.",
    )
    score_threshold: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Set score_threshold to a float to filter out chunks with a score below the threshold. This threshold applies before weight and bias modifications. If not specified, this defaults to 0.0.",
    )
    search_query: StrictStr | None = Field(
        default=None,
        description="Query is the search query. This can be any string. The search_query will be used to create a dense embedding vector and/or sparse vector which will be used to find the result set. If not specified, will default to the last user message or HyDE if HyDE is enabled in the dataset configuration. Default is None.",
    )
    search_type: SearchMethod | None = Field(default=None)
    topic_id: UuidStr = Field(description="The ID of the topic to attach the message to.")
    user_id: StrictStr | None = Field(
        default=None,
        description="The user_id is the id of the user who is making the request. This is used to track user interactions with the RAG results.",
    )
