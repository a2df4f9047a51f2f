"""HealthApi: the operations of the `Health` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes. Its three variants are
one call each: `x_with_http_info` returns an `ApiResponse`, `x` its `.data`, and
`x_without_preload_content` the unread urllib3 response. Every variant takes the per-call options
of `RequestOptions` and validates its arguments before anything is sent.
"""

from __future__ import annotations

import urllib3
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client.api_client import ApiClient, Operation, RequestOptions, validated
from trieve_py_client.api_response import ApiResponse

HEALTH_CHECK = Operation(
    method="GET",
    path="/api/health",
    responses=lambda: {"200": None, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=(),
    name="health_check",
)


class HealthApi:
    """Health check endpoint. Used to check if the server is up and running."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client

    @validated
    def health_check(self, **options: Unpack[RequestOptions]) -> None:
        """Health Check

        Confirmation that the service is healthy and can make embedding vectors
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(HEALTH_CHECK, options)
        return response.data

    @validated
    def health_check_with_http_info(self, **options: Unpack[RequestOptions]) -> ApiResponse[None]:
        """Health Check, returning status, headers and data."""
        return self.api_client.execute(HEALTH_CHECK, options)

    @validated
    def health_check_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> urllib3.BaseHTTPResponse:
        """Health Check, returning the unread response."""
        return self.api_client.send(HEALTH_CHECK, options).response
