"""The exception tree of trieve_py_client, and the redaction every error message goes through.

The README section "Errors, timeouts and retries" is the one description of the tree; the
classes below only carry what each failure knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn, Optional, Protocol

SENSITIVE_HEADERS = frozenset(
    {"authorization", "x-api-key", "proxy-authorization", "cookie", "set-cookie"}
)
REDACTED = "<redacted>"
_BODY_LIMIT = 2000
# Trieve keys are "tr-" plus 32 alphanumerics; the api_key member covers keys of any shape that
# a server (or a mock) echoes back in a body that ends up in a message.
_SECRET_TEXT = re.compile(r'tr-[A-Za-z0-9]{32}|("api_key"\s*:\s*")[^"]*(")')


def redact_text(text: str) -> str:
    """Mask API keys in free text such as a response body quoted by an error message."""
    return _SECRET_TEXT.sub(lambda m: f"{m[1]}{REDACTED}{m[2]}" if m[1] else REDACTED, text)


def redact_headers(headers: Optional[Mapping[str, Any]]) -> dict[str, Any]:
    """Copy headers with the value of every credential-bearing header masked."""
    if not headers:
        return {}
    # By name for credential headers, by value for a key that a gateway echoes in any other.
    return {
        k: REDACTED if k.lower() in SENSITIVE_HEADERS else redact_text(str(v))
        for k, v in headers.items()
    }


def render_path(path_to_item: Iterable[Any]) -> str:
    """Render a path such as ``['body', 0, 'name']`` as ``['body'][0]['name']``."""
    return "".join(f"[{item}]" if isinstance(item, int) else f"['{item}']" for item in path_to_item)


class OpenApiException(Exception):
    """Base class of every exception this SDK raises."""


class _PathError(OpenApiException):
    def __init__(self, msg: str, path_to_item: Optional[list[Any]] = None) -> None:
        self.path_to_item = path_to_item
        full_msg = f"{msg} at {render_path(path_to_item)}" if path_to_item else msg
        super().__init__(full_msg)


class ApiTypeError(_PathError, TypeError):
    """An argument or value has the wrong type."""

    def __init__(
        self,
        msg: str,
        path_to_item: Optional[list[Any]] = None,
        valid_classes: Optional[tuple[type, ...]] = None,
        key_type: Optional[bool] = None,
    ) -> None:
        self.valid_classes = valid_classes
        self.key_type = key_type
        super().__init__(msg, path_to_item)


class ApiValueError(_PathError, ValueError):
    """An argument or value is of the right type but not acceptable."""


class ApiAttributeError(_PathError, AttributeError):
    """An attribute that the object does not have was asked for."""


class ApiKeyError(_PathError, KeyError):
    """A key that the mapping does not have was asked for."""


class _HTTPResponseLike(Protocol):
    status: int
    reason: Optional[str]
    data: Optional[bytes]

    def getheaders(self) -> Mapping[str, str]: ...


class ApiException(OpenApiException):
    """The request reached a decision: an HTTP error status, or a failure on the way.

    ``status``, ``reason``, ``headers`` and ``body`` describe the response where there was one;
    ``data`` is the parsed ``ErrorResponseBody`` when the body is one.
    """

    def __init__(
        self,
        status: Optional[int] = None,
        reason: Optional[str] = None,
        http_resp: Optional[_HTTPResponseLike] = None,
        *,
        body: Optional[str] = None,
        data: Any = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.body = body
        self.data = data
        self.headers: Optional[Mapping[str, str]] = None
        if http_resp is not None:
            if self.status is None:
                self.status = http_resp.status
            if self.reason is None:
                self.reason = http_resp.reason
            if self.body is None and http_resp.data is not None:
                self.body = http_resp.data.decode("utf-8", "replace")
            self.headers = http_resp.getheaders()
        super().__init__(self.status, self.reason)

    @classmethod
    def from_response(
        cls, *, http_resp: _HTTPResponseLike, body: Optional[str], data: Any
    ) -> NoReturn:
        """Raise the exception class that matches the response's status."""
        status = http_resp.status
        exc_class = STATUS_EXCEPTIONS.get(status)
        if exc_class is None:
            exc_class = ServiceException if 500 <= status <= 599 else ApiException
        raise exc_class(http_resp=http_resp, body=body, data=data)

    def __str__(self) -> str:
        message = f"({self.status})\nReason: {self.reason}\n"
        if self.headers:
            message += f"HTTP response headers: {redact_headers(self.headers)}\n"
        if self.data is not None or self.body:
            # Redact before cutting: a key cut in two no longer matches, and half would show.
            shown = redact_text(str(self.data) if self.data is not None else str(self.body))
            if len(shown) > _BODY_LIMIT:
                shown = f"{shown[:_BODY_LIMIT]}... ({len(shown)} characters)"
            message += f"HTTP response body: {shown}\n"
        return message


class BadRequestException(ApiException):
    """400: the server refused the request; ``data.message`` says why."""


class UnauthorizedException(ApiException):
    """401: no API key, or one the server does not know."""


class ForbiddenException(ApiException):
    """403: the key may not do this."""


class NotFoundException(ApiException):
    """404: no such resource or route."""


class ConflictException(ApiException):
    """409: the request conflicts with the current state."""


class UnprocessableEntityException(ApiException):
    """422: the request was understood but cannot be processed."""


class TooManyRequestsException(ApiException):
    """429: rate limited, after the retries the policy allows."""


class ServiceException(ApiException):
    """5xx: the server, or a proxy in front of it, failed."""


STATUS_EXCEPTIONS: Mapping[int, type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: TooManyRequestsException,
}


class ApiTransportError(ApiException):
    """No usable HTTP response arrived. ``__cause__`` holds the urllib3 error."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(reason=message)
        self.method = method
        self.url = url

    def __str__(self) -> str:
        return f"{self.method} {self.url}: {redact_text(self.reason or '')}"


class ApiConnectionError(ApiTransportError):
    """The connection failed: refused, reset, DNS, or broken before a full response."""


class ApiTLSError(ApiConnectionError):
    """The TLS handshake failed, for example on a certificate that cannot be verified."""


class ApiProxyError(ApiConnectionError):
    """The proxy could not be reached or refused to tunnel the request."""


class ApiTimeoutError(ApiTransportError):
    """The server did not connect or answer within the timeout, on every attempt."""


class ApiResponseError(ApiException, ValueError):
    """A response arrived but cannot be used: its body is truncated or is not the JSON expected.

    It is a ``ValueError`` too, as the validation error that generated clients raise there is.
    """

    def __str__(self) -> str:
        # A truncated body leaves no status to show: the reason says it all.
        return super().__str__() if self.status is not None else redact_text(self.reason or "")
