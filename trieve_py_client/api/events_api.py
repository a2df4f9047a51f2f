"""EventsApi: the operations of the `Events` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes. Its three variants are
one call each: `x_with_http_info` returns an `ApiResponse`, `x` its `.data`, and
`x_without_preload_content` the unread urllib3 response. Every variant takes the per-call options
of `RequestOptions` and validates its arguments before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import urllib3
from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client.api_client import ApiClient, Operation, Parameter, RequestOptions, validated
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.paging import PageStyle, pages

GET_EVENTS = Operation(
    method="POST",
    path="/api/events",
    responses=lambda: {"200": models.EventReturn, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    read_only=True,
    name="get_events",
)


class EventsApi:
    """Notifications endpoint. Files are uploaded asynchronously and events are sent to the user when the upload is complete."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client

    @validated
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
    ) -> models.EventReturn:
        """Get events for the dataset

        Get events for the dataset specified by the TR-Dataset header.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.EventReturn] = self.api_client.execute(
            GET_EVENTS, options, {"tr_dataset": tr_dataset}, body=get_events_data
        )
        return response.data

    @validated
    def get_events_with_http_info(
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
    ) -> ApiResponse[models.EventReturn]:
        """Get events for the dataset, returning status, headers and data."""
        return self.api_client.execute(
            GET_EVENTS, options, {"tr_dataset": tr_dataset}, body=get_events_data
        )

    @validated
    def get_events_without_preload_content(
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
    ) -> urllib3.BaseHTTPResponse:
        """Get events for the dataset, returning the unread response."""
        return self.api_client.send(
            GET_EVENTS, options, {"tr_dataset": tr_dataset}, body=get_events_data
        ).response

    def get_events_pages(
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
    ) -> Iterator[Any]:
        """Get events for the dataset, page after page: yields the items, fetching each page when the one
        before is used up (see docs/Paging.md)."""
        return pages(
            self.get_events,
            PageStyle("page", "page", "body", items="events", total="page_count"),
            {"tr_dataset": tr_dataset, "get_events_data": get_events_data, **options},
            "get_events_data",
        )
