"""EventsApi: the operations of the `Events` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.paging import PageStyle


class EventsApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Notifications endpoint. Files are uploaded asynchronously and events are sent to the user when the upload is complete."""

    @operation(
        "POST /api/events",
        lambda: {"200": models.EventReturn, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
    def get_events(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        get_events_data: Annotated[
            models.GetEventsData,
            Field(description="JSON request payload to get events for a dataset"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.EventReturn]]:
        """Get events for the dataset

        Get events for the dataset specified by the TR-Dataset header.
        """
        return Call((options, {"tr_dataset": tr_dataset}, get_events_data))

    get_events_with_http_info = get_events.with_http_info
    get_events_without_preload_content = get_events.without_preload_content
    get_events_pages = get_events.paged(
        PageStyle("page", "page", "body", items="events", total="page_count")
    )
