"""MetricsApi: the operations of the `Metrics` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes, and one method that
gathers a call of it; `variants` makes its three variants from that method: `x_with_http_info`
returns an `ApiResponse`, `x` its `.data`, and `x_without_preload_content` the unread urllib3
response. Every variant takes the per-call options of `RequestOptions` and validates its
arguments before anything is sent.
"""

from __future__ import annotations

from pydantic import StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, variants
from trieve_py_client.api_client import Operation, RequestOptions
from trieve_py_client.api_response import ApiResponse

GET_METRICS = Operation(
    method="POST",
    path="/metrics",
    responses=lambda: {"200": StrictStr, "500": models.ErrorResponseBody},
    accept="text/plain",
    auth=("X-API-KEY",),
    read_only=True,
    name="get_metrics",
)


class MetricsApi(ApiBase):
    """Metrics endpoint. Used to get information for monitoring"""

    _security_schemes = (
        ("ApiKey", "Authorization"),
        ("X-API-KEY", "X-API-KEY"),
    )

    @variants
    def get_metrics(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[StrictStr]]:
        """Get Prometheus Metrics

        This route allows you to view the number of items in each queue in the Prometheus format.
        """
        return Call((GET_METRICS, options))

    get_metrics_with_http_info = get_metrics.with_http_info
    get_metrics_without_preload_content = get_metrics.without_preload_content
