"""Every urllib3 failure becomes an SDK exception here: ``translate_error``, called by the
transport (``rest``) alone."""

from __future__ import annotations

from http.client import IncompleteRead

from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    HTTPError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    SSLError,
)
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

from trieve_py_client._redaction import redact_url
from trieve_py_client._redirects import AFTER_ANSWER, origin_of
from trieve_py_client._retry import IDEMPOTENT_METHODS, attempts_of
from trieve_py_client.exceptions import (
    ApiConnectionError,
    ApiException,
    ApiProxyError,
    ApiResponseError,
    ApiTimeoutError,
    ApiTLSError,
    ApiTransportError,
)


def translate_error(exc: HTTPError | ValueError, method: str, url: str) -> ApiException:
    """The SDK exception for a urllib3 failure; the caller raises it ``from exc``.

    An error raised while following redirects names the hop that failed; for a method that
    is not idempotent (a POST, a PATCH) it says that the outcome is unknown: the server
    answered the request.
    """
    acted_on = method not in IDEMPOTENT_METHODS
    after_answer = getattr(exc, AFTER_ANSWER, None)
    if after_answer is not None:
        method, url = after_answer
    reason: BaseException | None = exc.reason if isinstance(exc, MaxRetryError) else exc
    attempts = attempts_of(exc)
    tried = f" ({attempts} attempts)" if attempts > 1 else ""
    target = _host_of(url)
    url = redact_url(url)
    said = _said(reason)
    error: ApiException
    if isinstance(reason, ProxyError):
        error = ApiProxyError(f"proxy failed for {target}{tried}: {said}", method=method, url=url)
    elif isinstance(reason, SSLError):
        error = ApiTLSError(
            f"TLS handshake with {target} failed{tried}: {said}", method=method, url=url
        )
    elif isinstance(reason, NameResolutionError):
        error = ApiConnectionError(
            f"cannot resolve {target}{tried}: {said}", method=method, url=url
        )
    elif isinstance(reason, NewConnectionError):
        error = ApiConnectionError(
            f"cannot connect to {target}{tried}: {said}", method=method, url=url
        )
    elif isinstance(reason, ConnectTimeoutError):
        error = ApiTimeoutError(f"timed out connecting to {target}{tried}", method=method, url=url)
    elif isinstance(reason, Urllib3TimeoutError):
        error = ApiTimeoutError(
            f"{target} did not answer within the read timeout{tried}", method=method, url=url
        )
    elif isinstance(reason, ProtocolError) and _is_truncated(reason):
        error = ApiResponseError(reason=f"{method} {url}: the response from {target} was truncated")
    elif isinstance(reason, DecodeError):
        error = ApiResponseError(
            reason=f"{method} {url}: the response from {target} could not be decoded: {said}"
        )
    elif isinstance(reason, ValueError):
        # Only a redirect's Location can be malformed here: the URL itself was checked.
        error = ApiResponseError(
            reason=f"{method} {url}: {target} redirected to a location that cannot be "
            f"followed: {said}"
        )
    elif isinstance(reason, ProtocolError):
        error = ApiConnectionError(
            f"connection to {target} broken{tried}: {said}", method=method, url=url
        )
    else:
        error = ApiTransportError(
            f"request to {target} failed{tried}: {said}", method=method, url=url
        )
    error.attempts = attempts
    # Nothing was sent when connecting failed; a read that timed out or broke came after the
    # request reached the server.
    read_timeout = isinstance(reason, Urllib3TimeoutError) and not isinstance(
        reason, ConnectTimeoutError
    )
    answered = isinstance(reason, (DecodeError, ValueError)) or (
        after_answer is not None and acted_on
    )
    error.outcome_unknown = read_timeout or isinstance(reason, ProtocolError) or answered
    return error


def _said(reason: BaseException | None) -> str:
    """What went wrong, in the words of the system error beneath urllib3's, which would name
    its connection class and the host again."""
    cause = reason.__cause__ if reason is not None else None
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    if isinstance(reason, ProtocolError) and len(reason.args) == 2:
        happened, inner = reason.args
        detail = inner.strerror if isinstance(inner, OSError) and inner.strerror else inner
        return f"{str(happened).rstrip('.')}: {detail}"
    return str(reason)


def _is_truncated(error: ProtocolError) -> bool:
    return any(isinstance(arg, IncompleteRead) for arg in error.args)


def _host_of(url: str) -> str:
    _, host, port = origin_of(url)
    return f"{host}:{port}"
