"""HealthApi: the operations of the `Health` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes, and one method that
gathers a call of it; `variants` makes its three variants from that method: `x_with_http_info`
returns an `ApiResponse`, `x` its `.data`, and `x_without_preload_content` the unread urllib3
response. Every variant takes the per-call options of `RequestOptions` and validates its
arguments before anything is sent.
"""

from __future__ import annotations

from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, variants
from trieve_py_client.api_client import Operation, RequestOptions
from trieve_py_client.api_response import ApiResponse

HEALTH_CHECK = Operation(
    method="GET",
    path="/api/health",
    responses=lambda: {"200": None, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=(),
    name="health_check",
)


class HealthApi(ApiBase):
    """Health check endpoint. Used to check if the server is up and running."""

    _security_schemes = (
        ("ApiKey", "Authorization"),
        ("X-API-KEY", "X-API-KEY"),
    )

    @variants
    def health_check(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[None]]:
        """Health Check

        Confirmation that the service is healthy and can make embedding vectors
        """
        return Call((HEALTH_CHECK, options))

    health_check_with_http_info = health_check.with_http_info
    health_check_without_preload_content = health_check.without_preload_content
