"""GenerateOffChunksReqPayload: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import Int32, SentModel, UuidList
from trieve_py_client.models.chat_message_proxy import ChatMessageProxy


class GenerateOffChunksReqPayload(SentModel):
    """The GenerateOffChunksReqPayload schema."""

    chunk_ids: UuidList = Field(
        description="The ids of the chunks to be retrieved and injected into the context window for RAG."
    )
    frequency_penalty: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Frequency penalty is a number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. Default is 0.7.",
    )
    highlight_results: StrictBool | None = Field(
        default=None,
        description="Set highlight_results to false for a slight latency improvement (1-10ms). If not specified, this defaults to true. This will add `<b><mark>` tags to the chunk_html of the chunks to highlight matching splits.",
    )
    max_tokens: Annotated[Int32, Ge(0)] | None = Field(
        default=None,
        description="The maximum number of tokens to generate in the chat completion. Default is None.",
    )
    presence_penalty: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Presence penalty is a number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. Default is 0.7.",
    )
    prev_messages: list[ChatMessageProxy] = Field(
        description="The previous messages to be placed into the chat history. There must be at least one previous message."
    )
    prompt: StrictStr | None = Field(
        default=None,
        description="Prompt will be used to tell the model what to generate in the next message in the chat. The default is 'Respond to the previous instruction and include the doc numbers that you used in square brackets at the end of the sentences that you used the docs for:'. You can also specify an empty string to leave the final message alone such that your user's final message can be used as the prompt. See docs.trieve.ai or contact us for more information.",
    )
    stop_tokens: list[StrictStr] | None = Field(
        default=None,
        description="Stop tokens are up to 4 sequences where the API will stop generating further tokens. Default is None.",
    )
    stream_response: StrictBool | None = Field(
        default=None,
        description="Whether or not to stream the response. If this is set to true or not included, the response will be a stream. If this is set to false, the response will be a normal JSON response. Default is true.",
    )
    temperature: StrictFloat | StrictInt | None = Field(
        default=None,
        description="What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. Default is 0.5.",
    )
    user_id: StrictStr | None = Field(
        default=None,
        description="User ID is the id of the user who is making the request. This is used to track user interactions with the RAG results.",
    )
