"""How a read response becomes the data an operation returns, or the exception its status
calls for."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trieve_py_client import rest
from trieve_py_client._redaction import redact_url
from trieve_py_client._serialization import decode_body, describe, response_type_for, type_name
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.exceptions import SAFE_METHODS, ApiException, ApiResponseError


class ResponseMethods:
    """``ApiClient.response_deserialize``, which generated clients' callers know, and the
    decoding behind it."""

    def response_deserialize(
        self,
        response_data: rest.RESTResponse,
        response_types_map: Mapping[str, Any] | None = None,
    ) -> ApiResponse[Any]:
        """Parse a read response by its status; an error status raises its ``ApiException``."""
        status = response_data.status
        response_type = response_type_for(response_types_map or {}, status)
        raw = response_data.read()
        if not 200 <= status <= 299:
            data = None
            if raw and response_type is not None:
                try:
                    data = self._decode(response_data, raw, response_type)
                except ApiResponseError:
                    data = None  # an HTML page from a proxy, say: the text stays in body
            text = raw.decode("utf-8", "replace")
            error = ApiException.from_response(http_resp=response_data, body=text, data=data)
            if response_data.method in SAFE_METHODS:
                error.outcome_unknown = False  # a GET changes nothing, whatever its status
            raise error
        data = None if response_type is None else self._decode(response_data, raw, response_type)
        return ApiResponse(status, data, raw, response_data.getheaders())

    def _decode(self, response: rest.RESTResponse, raw: bytes, response_type: Any) -> Any:
        try:
            return decode_body(raw, response_type, response.getheader("content-type"))
        # A type named by a string (generated clients' form) is converted by plain Python,
        # which fails with a TypeError, an AttributeError or an OverflowError on a body of
        # the wrong shape; pydantic's errors are ValueErrors.
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            detail = describe(exc)
        # Raised outside the except block: pydantic's error quotes the body, which may hold a
        # key, and must not ride along as the context.
        error = ApiResponseError(
            status=response.status,
            reason=f"{response.method} {redact_url(response.url)}: the response body is "
            f"not a valid {type_name(response_type)}: {detail}",
            http_resp=response,
        )
        # The server answered, and so acted, but what it said is lost; a GET changed nothing.
        error.outcome_unknown = response.method not in SAFE_METHODS
        raise error
