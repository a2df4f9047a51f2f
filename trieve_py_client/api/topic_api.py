"""TopicApi: the operations of the `Topic` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse


class TopicApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Topic chat endpoint. Think of topics as the storage system for gen-ai chat memory. Gen AI messages belong to topics."""

    @operation(
        "POST /api/topic",
        lambda: {"200": models.Topic, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def create_topic(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        create_topic_req_payload: Annotated[
            models.CreateTopicReqPayload,
            Field(description="JSON request payload to create chat topic"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.Topic]]:
        """Create Topic

        Create a new chat topic. Topics are attached to a owner_id's and act as a coordinator for conversation message history of gen-AI chat sessions. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tr_dataset": tr_dataset}, create_topic_req_payload))

    create_topic_with_http_info = create_topic.with_http_info
    create_topic_without_preload_content = create_topic.without_preload_content

    @operation(
        "DELETE /api/topic/{topic_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def delete_topic(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        topic_id: Annotated[
            UuidParam, Field(description="The id of the topic you want to delete.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete Topic

        Delete an existing chat topic. When a topic is deleted, all associated chat messages are also deleted. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"topic_id": topic_id, "tr_dataset": tr_dataset}))

    delete_topic_with_http_info = delete_topic.with_http_info
    delete_topic_without_preload_content = delete_topic.without_preload_content

    @operation(
        "GET /api/topic/owner/{owner_id}",
        lambda: {"200": list[models.Topic], "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def get_all_topics_for_owner_id(
        self,
        owner_id: Annotated[
            StrictStr,
            Field(
                description="The owner_id to get topics of; A common approach is to use a browser fingerprint or your user's id"
            ),
        ],
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.Topic]]]:
        """Get All Topics for Owner ID

        Get all topics belonging to an arbitary owner_id. This is useful for managing message history and chat sessions. It is common to use a browser fingerprint or your user's id as the owner_id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"owner_id": owner_id, "tr_dataset": tr_dataset}))

    get_all_topics_for_owner_id_with_http_info = get_all_topics_for_owner_id.with_http_info
    get_all_topics_for_owner_id_without_preload_content = (
        get_all_topics_for_owner_id.without_preload_content
    )

    @operation(
        "PUT /api/topic",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def update_topic(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        update_topic_req_payload: Annotated[
            models.UpdateTopicReqPayload,
            Field(description="JSON request payload to update a chat topic"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Update Topic

        Update an existing chat topic. Currently, only the name of the topic can be updated. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tr_dataset": tr_dataset}, update_topic_req_payload))

    update_topic_with_http_info = update_topic.with_http_info
    update_topic_without_preload_content = update_topic.without_preload_content
