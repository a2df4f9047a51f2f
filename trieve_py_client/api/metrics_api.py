"""MetricsApi: the operations of the `Metrics` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes. Its three variants are
one call each: `x_with_http_info` returns an `ApiResponse`, `x` its `.data`, and
`x_without_preload_content` the unread urllib3 response. Every variant takes the per-call options
of `RequestOptions` and validates its arguments before anything is sent.
"""

from __future__ import annotations

import urllib3
from pydantic import StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client.api_client import ApiClient, Operation, RequestOptions, validated
from trieve_py_client.api_response import ApiResponse

GET_METRICS = Operation(
    method="POST",
    path="/metrics",
    responses=lambda: {"200": StrictStr, "500": models.ErrorResponseBody},
    accept="text/plain",
    auth=("X-API-KEY",),
    auth_headers={"X-API-KEY": "X-API-KEY"},
    read_only=True,
    name="get_metrics",
)


class MetricsApi:
    """Metrics endpoint. Used to get information for monitoring"""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client

    @validated
    def get_metrics(self, **options: Unpack[RequestOptions]) -> StrictStr:
        """Get Prometheus Metrics

        This route allows you to view the number of items in each queue in the Prometheus format.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[StrictStr] = self.api_client.execute(GET_METRICS, options)
        return response.data

    @validated
    def get_metrics_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[StrictStr]:
        """Get Prometheus Metrics, returning status, headers and data."""
        return self.api_client.execute(GET_METRICS, options)

    @validated
    def get_metrics_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> urllib3.BaseHTTPResponse:
        """Get Prometheus Metrics, returning the unread response."""
        return self.api_client.send(GET_METRICS, options).response
