"""Every exception trieve_py_client raises, each carrying what its failure knows.

    OpenApiException                      base of everything the SDK raises
    ├── ApiTypeError (TypeError)          an argument of the wrong type
    ├── ApiValueError (ValueError)        an argument refused before anything is sent
    ├── ApiAttributeError, ApiKeyError    kept for code written for the generated client
    └── ApiException                      status, reason, headers, body, data
        ├── BadRequestException           400  data.message says why
        ├── UnauthorizedException         401  no key, or an unknown or deleted one
        ├── ForbiddenException            403
        ├── NotFoundException             404
        ├── ConflictException             409
        ├── PayloadTooLargeException      413  a batch over the limit; message says which
        ├── UpgradeRequiredException      426  the plan's quota is reached; message says which
        ├── UnprocessableEntityException  422
        ├── TooManyRequestsException      429  after the retries allowed
        ├── ServiceException              5xx  a proxy's HTML page stays in body; data is None
        ├── ApiResponseError (ValueError) a response that is truncated or not the JSON expected
        └── ApiTransportError             no response; method, url; __cause__ is urllib3's error
            ├── ApiConnectionError        refused, reset, DNS failure, connection broken
            │   ├── ApiTLSError           certificate or handshake failure
            │   └── ApiProxyError         the proxy failed
            └── ApiTimeoutError           no connection or no answer within the timeout

Messages never quote a credential: they go through ``_redaction``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from trieve_py_client._redaction import redact_head, redact_headers, redact_text
from trieve_py_client._retry_after import retry_after_seconds

_BODY_LIMIT = 2000


def render_path(path_to_item: Iterable[Any]) -> str:
    """Render a path such as ``['body', 0, 'name']`` as ``['body'][0]['name']``."""
    return "".join(f"[{item}]" if isinstance(item, int) else f"['{item}']" for item in path_to_item)


class OpenApiException(Exception):
    """Base class of every exception this SDK raises.

    Every one pickles and copies (a worker process of a pool sends its exception back to the
    parent), keeping its class, message and attributes, with credentials masked.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds an exception by calling its class with ``args``, which most of
        # these classes' constructors do not take; ``__cause__`` (urllib3's error, which may
        # not pickle) is not carried, as pickle never carries it.
        args = tuple(redact_text(a) if isinstance(a, str) else a for a in self.args)
        return (_restore, (type(self), args, _masked_state(vars(self))))


def _restore(cls: type[OpenApiException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    restored = cls.__new__(cls, *args)
    restored.args = args
    restored.__dict__.update(state)
    return restored


def _masked_state(state: dict[str, Any]) -> dict[str, Any]:
    return {name: _masked(name, value) for name, value in state.items()}


def _masked(name: str, value: Any) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if name == "headers" and value is not None:
        return redact_headers(value)
    if name == "data" and hasattr(value, "model_copy"):
        # A parsed error body: its text fields may quote a key, as the raw body may.
        return value.model_copy(
            update={field: redact_text(text) for field, text in value if isinstance(text, str)}
        )
    return value


class _PathError(OpenApiException):
    def __init__(self, msg: str, path_to_item: list[Any] | None = None) -> None:
        self.path_to_item = path_to_item
        full_msg = f"{msg} at {render_path(path_to_item)}" if path_to_item else msg
        super().__init__(full_msg)


class ApiTypeError(_PathError, TypeError):
    """An argument or value has the wrong type."""

    def __init__(
        self,
        msg: str,
        path_to_item: list[Any] | None = None,
        valid_classes: tuple[type, ...] | None = None,
        key_type: bool | None = None,
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
    reason: str | None
    data: bytes | None

    def getheaders(self) -> Mapping[str, str]: ...


_ONE_ATTEMPT = 1
# Statuses after which the server may have acted on the request: it failed, or a gateway lost
# its answer, after the request reached it. 503 and 429 say it did not act. Cloudflare's 520
# (the origin's answer was empty or unknown), 522 (timed out, possibly after sending the
# request) and 524 (the origin took the request and did not answer in time) may follow a
# request the origin got; its 521 (refused) and 523 (unreachable) mean the origin never did.
OUTCOME_UNKNOWN_STATUSES = frozenset({500, 502, 504, 520, 522, 524})
_UNKNOWN_NOTE = "the server may have processed the request: its outcome is unknown"


class ApiException(OpenApiException):
    """The request reached a decision: an HTTP error status, or a failure on the way.

    ``status``, ``reason``, ``headers`` and ``body`` describe the response where there was one;
    ``data`` is the parsed ``ErrorResponseBody`` when the body is one; ``attempts`` counts the
    attempts made, retries included.

    ``outcome_unknown`` is True when the request may have reached the server and been acted
    on although no usable answer came back: a read timeout, a connection broken after the
    request was sent, a 500, 502 or 504, a response cut short or unreadable. A write (say, a
    minted key) may then exist on the server; the retry policy never repeats a POST then, and
    code that retries by hand must first find out what happened. It is never True for an
    operation that only reads (``Operation.read_only``): nothing can have changed.
    """

    attempts: int = _ONE_ATTEMPT
    outcome_unknown: bool = False

    def __init__(
        self,
        status: int | None = None,
        reason: str | None = None,
        http_resp: _HTTPResponseLike | None = None,
        *,
        body: str | None = None,
        data: Any = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.body = body
        self.data = data
        self.headers: Mapping[str, str] | None = None
        if http_resp is not None:
            if self.status is None:
                self.status = http_resp.status
            if self.reason is None:
                self.reason = http_resp.reason
            if self.body is None and http_resp.data is not None:
                self.body = http_resp.data.decode("utf-8", "replace")
            self.headers = http_resp.getheaders()
            self.attempts = getattr(http_resp, "attempts", _ONE_ATTEMPT)
        if self.status in OUTCOME_UNKNOWN_STATUSES:
            self.outcome_unknown = True
        # args show in repr() and tracebacks: a reason phrase or message may echo a key.
        reason = redact_text(self.reason) if isinstance(self.reason, str) else self.reason
        super().__init__(self.status, reason)

    @classmethod
    def from_response(
        cls, *, http_resp: _HTTPResponseLike, body: str | None, data: Any
    ) -> ApiException:
        """The exception of the class that matches the response's status, for the caller to
        raise."""
        status = http_resp.status
        exc_class = STATUS_EXCEPTIONS.get(status)
        if exc_class is None:
            exc_class = ServiceException if 500 <= status <= 599 else ApiException
        return exc_class(http_resp=http_resp, body=body, data=data)

    def __str__(self) -> str:
        message = f"({self.status})\nReason: {redact_text(str(self.reason))}\n"
        if self.attempts > 1:
            message += f"Attempts: {self.attempts}\n"
        if self.outcome_unknown:
            message += f"Outcome: {_UNKNOWN_NOTE}\n"
        if self.headers:
            message += f"HTTP response headers: {redact_headers(self.headers)}\n"
        if self.data is not None or self.body:
            # A long body is shown from its text, not from data, whose rendering would cost as
            # much as the body is long; only the head that shows is masked.
            long_body = self.body is not None and len(self.body) > _BODY_LIMIT
            text = str(self.body) if self.data is None or long_body else str(self.data)
            shown = redact_head(text, _BODY_LIMIT)
            if len(text) > _BODY_LIMIT:
                shown = f"{shown}... ({len(text)} characters)"
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


class PayloadTooLargeException(ApiException):
    """413: the request is over a limit, such as more than 120 chunks in one `create_chunk`;
    ``message`` is the server's."""

    @property
    def message(self) -> str | None:
        """The server's message: ``data.message`` of its error body, else the body's text."""
        return _server_message(self)


class UpgradeRequiredException(ApiException):
    """426: the organization's plan allows no more (chunks, datasets, messages, files);
    ``message`` is the server's."""

    @property
    def message(self) -> str | None:
        """The server's message: ``data.message`` of its error body, else the body's text."""
        return _server_message(self)


def _server_message(error: ApiException) -> str | None:
    message = getattr(error.data, "message", None)
    if isinstance(message, str):
        return message
    if isinstance(error.data, Mapping) and isinstance(error.data.get("message"), str):
        return str(error.data["message"])
    return error.body


class UnprocessableEntityException(ApiException):
    """422: the request was understood but cannot be processed."""


class TooManyRequestsException(ApiException):
    """429: rate limited, after the retries the policy allows. ``retry_after`` is the wait in
    seconds the server asked for (seconds or an HTTP date), at most a day, or None when it
    asked for none or the header is malformed."""

    @property
    def retry_after(self) -> float | None:
        return retry_after_seconds(self.headers or {})


class ServiceException(ApiException):
    """5xx: the server, or a proxy in front of it, failed."""


STATUS_EXCEPTIONS: Mapping[int, type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    413: PayloadTooLargeException,
    422: UnprocessableEntityException,
    426: UpgradeRequiredException,
    429: TooManyRequestsException,
}


class ApiTransportError(ApiException):
    """No usable HTTP response arrived. ``__cause__`` holds the urllib3 error."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(reason=message)
        self.method = method
        self.url = url

    def __str__(self) -> str:
        note = f" ({_UNKNOWN_NOTE})" if self.outcome_unknown else ""
        return f"{self.method} {self.url}: {redact_text(self.reason or '')}{note}"


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
        if self.status is not None:
            return super().__str__()
        # A truncated body leaves no status to show: the reason says it all.
        note = f" ({_UNKNOWN_NOTE})" if self.outcome_unknown else ""
        return redact_text(self.reason or "") + note
