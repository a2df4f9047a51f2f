"""Reading the answer: a response becomes the data its operation returns, or the exception its
status calls for."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trieve_py_client._outcome import decide_outcome
from trieve_py_client._response import RESTResponse
from trieve_py_client._serialization import decode_body, describe, response_type_for, type_name
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.exceptions import ApiException, ApiResponseError


def read(response: RESTResponse, response_types: Mapping[str, Any]) -> ApiResponse[Any]:
    """Read ``response`` whole and parse it by its status and ``response_types`` (status ->
    type); an error status raises its ``ApiException``."""
    status = response.status
    response_type = response_type_for(response_types, status)
    raw = response.read()
    if not 200 <= status <= 299:
        data = None
        if raw and response_type is not None:
            try:
                data = _decoded(response, raw, response_type)
            except ApiResponseError:
                data = None  # an HTML page from a proxy, say: the text stays in body
        text = raw.decode("utf-8", "replace")
        error = ApiException.from_response(http_resp=response, body=text, data=data)
        raise decide_outcome(error, reads=response.only_reads, after_sending=False)
    data = None if response_type is None else _decoded(response, raw, response_type)
    return ApiResponse(status, data, raw, response.getheaders())


def _decoded(response: RESTResponse, raw: bytes, response_type: Any) -> Any:
    try:
        return decode_body(raw, response_type, response.getheader("content-type"))
    # A type named by a string (generated clients' form) is converted by plain Python,
    # which fails with a TypeError, an AttributeError or an OverflowError on a body of
    # the wrong shape; pydantic's errors are ValueErrors.
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        detail = describe(exc)
    # Raised outside the except block: pydantic's error quotes the body, which may hold a
    # key, and must not ride along as the context.
    raise response.malformed(
        f"the response body is not a valid {type_name(response_type)}: {detail}"
    )
