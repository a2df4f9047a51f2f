"""MetricsApi: the operations of the `Metrics` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from pydantic import StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse


class MetricsApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Metrics endpoint. Used to get information for monitoring"""

    @operation(
        "POST /metrics",
        lambda: {"200": StrictStr, "500": models.ErrorResponseBody},
        accept="text/plain",
        auth=("X-API-KEY",),
        read_only=True,
    )
    def get_metrics(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[StrictStr]]:
        """Get Prometheus Metrics

        This route allows you to view the number of items in each queue in the Prometheus format.
        """
        return Call((options, None))

    get_metrics_with_http_info = get_metrics.with_http_info
    get_metrics_without_preload_content = get_metrics.without_preload_content
