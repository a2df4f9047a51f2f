"""MessageApi: the operations of the `Message` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes, and one method that
gathers a call of it; `variants` makes its three variants from that method: `x_with_http_info`
returns an `ApiResponse`, `x` its `.data`, and `x_without_preload_content` the unread urllib3
response. Every variant takes the per-call options of `RequestOptions` and validates its
arguments before anything is sent.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, variants
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import Operation, Parameter, RequestOptions
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.streaming import StreamedAnswer, StreamFormat

CREATE_MESSAGE = Operation(
    method="POST",
    path="/api/message",
    responses=lambda: {"200": StrictStr, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="text/plain",
    auth=("ApiKey",),
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    read_timeout=600,
    name="create_message",
)
EDIT_MESSAGE = Operation(
    method="PUT",
    path="/api/message",
    responses=lambda: {"200": None, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    not_idempotent=True,
    read_timeout=600,
    name="edit_message",
)
GET_ALL_TOPIC_MESSAGES = Operation(
    method="GET",
    path="/api/messages/{messages_topic_id}",
    responses=lambda: {"200": list[models.Message], "400": models.ErrorResponseBody},
    accept="application/json",
    auth=("ApiKey",),
    params=(
        Parameter("tr_dataset", "header", "TR-Dataset"),
        Parameter("messages_topic_id", "path", "messages_topic_id"),
    ),
    name="get_all_topic_messages",
)
REGENERATE_MESSAGE = Operation(
    method="DELETE",
    path="/api/message",
    responses=lambda: {"200": StrictStr, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="text/plain",
    auth=("ApiKey",),
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    deprecated=True,
    not_idempotent=True,
    read_timeout=600,
    name="regenerate_message",
)
REGENERATE_MESSAGE_PATCH = Operation(
    method="PATCH",
    path="/api/message",
    responses=lambda: {"200": StrictStr, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="text/plain",
    auth=("ApiKey",),
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    read_timeout=600,
    name="regenerate_message_patch",
)


class MessageApi(ApiBase):
    """Message chat endpoint. Messages are units belonging to a topic in the context of a chat with a LLM. There are system, user, and assistant messages."""

    _security_schemes = (
        ("ApiKey", "Authorization"),
        ("X-API-KEY", "X-API-KEY"),
    )

    @variants
    def create_message(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        create_message_req_payload: Annotated[
            models.CreateMessageReqPayload,
            Field(description="JSON request payload to create a message completion"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[StrictStr]]:
        """Create message

        Create message. Messages are attached to topics in order to coordinate memory of gen-AI chat sessions.Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (CREATE_MESSAGE, options, {"tr_dataset": tr_dataset}, create_message_req_payload)
        )

    create_message_with_http_info = create_message.with_http_info
    create_message_without_preload_content = create_message.without_preload_content

    def create_message_stream(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        create_message_req_payload: Annotated[
            models.CreateMessageReqPayload,
            Field(description="JSON request payload to create a message completion"),
        ],
        **options: Unpack[RequestOptions],
    ) -> StreamedAnswer:
        """Create message, streamed: a `StreamedAnswer` to iterate for the text as it arrives,
        with the response's status and headers (see docs/Streaming.md)."""
        return StreamedAnswer.open(
            self.api_client,
            CREATE_MESSAGE,
            StreamFormat(
                "llm_options.stream_response",
                "llm_options.completion_first",
                lambda: list[models.ChunkMetadataStringTagSet],
            ),
            create_message_req_payload,
            lambda: self.api_client.send(
                CREATE_MESSAGE, options, {"tr_dataset": tr_dataset}, create_message_req_payload
            ),
        )

    @variants
    def edit_message(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        edit_message_req_payload: Annotated[
            models.EditMessageReqPayload,
            Field(description="JSON request payload to edit a message and get a new stream"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Edit message

        Edit message which exists within the topic's chat history. This will delete the message and replace it with a new message. The new message will be generated by the AI based on the new content provided in the request body. The response will include Chunks first on the stream if the topic is using RAG. The structure will look like `[chunks]||mesage`. See docs.trieve.ai for more information. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((EDIT_MESSAGE, options, {"tr_dataset": tr_dataset}, edit_message_req_payload))

    edit_message_with_http_info = edit_message.with_http_info
    edit_message_without_preload_content = edit_message.without_preload_content

    def edit_message_stream(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        edit_message_req_payload: Annotated[
            models.EditMessageReqPayload,
            Field(description="JSON request payload to edit a message and get a new stream"),
        ],
        **options: Unpack[RequestOptions],
    ) -> StreamedAnswer:
        """Edit message, streamed: a `StreamedAnswer` to iterate for the text as it arrives,
        with the response's status and headers (see docs/Streaming.md)."""
        return StreamedAnswer.open(
            self.api_client,
            EDIT_MESSAGE,
            StreamFormat(
                "llm_options.stream_response",
                "llm_options.completion_first",
                lambda: list[models.ChunkMetadataStringTagSet],
            ),
            edit_message_req_payload,
            lambda: self.api_client.send(
                EDIT_MESSAGE, options, {"tr_dataset": tr_dataset}, edit_message_req_payload
            ),
        )

    @variants
    def get_all_topic_messages(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        messages_topic_id: Annotated[
            UuidParam, Field(description="The ID of the topic to get messages for.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.Message]]]:
        """Get all messages for a given topic

        Get all messages for a given topic. If the topic is a RAG topic then the response will include Chunks first on each message. The structure will look like `[chunks]||mesage`. See docs.trieve.ai for more information.
        """
        return Call(
            (
                GET_ALL_TOPIC_MESSAGES,
                options,
                {"messages_topic_id": messages_topic_id, "tr_dataset": tr_dataset},
            )
        )

    get_all_topic_messages_with_http_info = get_all_topic_messages.with_http_info
    get_all_topic_messages_without_preload_content = get_all_topic_messages.without_preload_content

    @variants
    def regenerate_message(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        regenerate_message_req_payload: Annotated[
            models.RegenerateMessageReqPayload,
            Field(
                description="JSON request payload to delete an agent message then regenerate it in a strem"
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[StrictStr]]:
        """Regenerate message

        Regenerate the assistant response to the last user message of a topic. This will delete the last message and replace it with a new message. The response will include Chunks first on the stream if the topic is using RAG. The structure will look like `[chunks]||mesage`. See docs.trieve.ai for more information. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.


        Deprecated: calling it warns with a `DeprecationWarning`.
        """
        return Call(
            (
                REGENERATE_MESSAGE,
                options,
                {"tr_dataset": tr_dataset},
                regenerate_message_req_payload,
            )
        )

    regenerate_message_with_http_info = regenerate_message.with_http_info
    regenerate_message_without_preload_content = regenerate_message.without_preload_content

    def regenerate_message_stream(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        regenerate_message_req_payload: Annotated[
            models.RegenerateMessageReqPayload,
            Field(
                description="JSON request payload to delete an agent message then regenerate it in a strem"
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> StreamedAnswer:
        """Regenerate message, streamed: a `StreamedAnswer` to iterate for the text as it arrives,
        with the response's status and headers (see docs/Streaming.md)."""
        return StreamedAnswer.open(
            self.api_client,
            REGENERATE_MESSAGE,
            StreamFormat(
                "llm_options.stream_response",
                "llm_options.completion_first",
                lambda: list[models.ChunkMetadataStringTagSet],
            ),
            regenerate_message_req_payload,
            lambda: self.api_client.send(
                REGENERATE_MESSAGE,
                options,
                {"tr_dataset": tr_dataset},
                regenerate_message_req_payload,
            ),
        )

    @variants
    def regenerate_message_patch(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        regenerate_message_req_payload: Annotated[
            models.RegenerateMessageReqPayload,
            Field(
                description="JSON request payload to delete an agent message then regenerate it in a strem"
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[StrictStr]]:
        """Regenerate message

        Regenerate the assistant response to the last user message of a topic. This will delete the last message and replace it with a new message. The response will include Chunks first on the stream if the topic is using RAG. The structure will look like `[chunks]||mesage`. See docs.trieve.ai for more information. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (
                REGENERATE_MESSAGE_PATCH,
                options,
                {"tr_dataset": tr_dataset},
                regenerate_message_req_payload,
            )
        )

    regenerate_message_patch_with_http_info = regenerate_message_patch.with_http_info
    regenerate_message_patch_without_preload_content = (
        regenerate_message_patch.without_preload_content
    )

    def regenerate_message_patch_stream(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        regenerate_message_req_payload: Annotated[
            models.RegenerateMessageReqPayload,
            Field(
                description="JSON request payload to delete an agent message then regenerate it in a strem"
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> StreamedAnswer:
        """Regenerate message, streamed: a `StreamedAnswer` to iterate for the text as it arrives,
        with the response's status and headers (see docs/Streaming.md)."""
        return StreamedAnswer.open(
            self.api_client,
            REGENERATE_MESSAGE_PATCH,
            StreamFormat(
                "llm_options.stream_response",
                "llm_options.completion_first",
                lambda: list[models.ChunkMetadataStringTagSet],
            ),
            regenerate_message_req_payload,
            lambda: self.api_client.send(
                REGENERATE_MESSAGE_PATCH,
                options,
                {"tr_dataset": tr_dataset},
                regenerate_message_req_payload,
            ),
        )
