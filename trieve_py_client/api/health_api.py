"""HealthApi: the operations of the `Health` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse


class HealthApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Health check endpoint. Used to check if the server is up and running."""

    @operation("GET /api/health", lambda: {"200": None, "400": models.ErrorResponseBody}, auth=())
    def health_check(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[None]]:
        """Health Check

        Confirmation that the service is healthy and can make embedding vectors
        """
        return Call((options, None))

    health_check_with_http_info = health_check.with_http_info
    health_check_without_preload_content = health_check.without_preload_content
