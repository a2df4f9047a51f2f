"""LLMOptions: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import Int32, SentModel


class LLMOptions(SentModel):
    """LLM options to use for the completion. If not specified, this defaults to the dataset's LLM options."""

    completion_first: StrictBool | None = Field(
        default=None,
        description="Completion first decides whether the stream should contain the stream of the completion response or the chunks first. Default is false. Keep in mind that || is used to separate the chunks from the completion response. If || is in the completion then you may want to split on ||{ instead.",
    )
    frequency_penalty: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Frequency penalty is a number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. Default is 0.7.",
    )
    max_tokens: Annotated[Int32, Ge(0)] | None = Field(
        default=None,
        description="The maximum number of tokens to generate in the chat completion. Default is None.",
    )
    presence_penalty: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Presence penalty is a number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. Default is 0.7.",
    )
    stop_tokens: list[StrictStr] | None = Field(
        default=None,
        description="Stop tokens are up to 4 sequences where the API will stop generating further tokens. Default is None.",
    )
    stream_response: StrictBool | None = Field(
        default=None,
        description="Whether or not to stream the response. If this is set to true or not included, the response will be a stream. If this is set to false, the response will be a normal JSON response. Default is true.",
    )
    system_prompt: StrictStr | None = Field(
        default=None,
        description="Optionally, override the system prompt in dataset server settings.",
    )
    temperature: StrictFloat | StrictInt | None = Field(
        default=None,
        description="What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. Default is 0.5.",
    )
