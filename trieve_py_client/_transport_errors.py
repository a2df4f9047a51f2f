"""Every urllib3 failure becomes an SDK exception here: ``translate_error``, called by the
transport (``rest``) alone."""

from __future__ import annotations

import traceback
from http.client import IncompleteRead
from ssl import CertificateError

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
    SAFE_METHODS,
    ApiConnectionError,
    ApiException,
    ApiProxyError,
    ApiResponseError,
    ApiTimeoutError,
    ApiTLSError,
    ApiTransportError,
)


def translate_error(
    exc: HTTPError | ValueError, method: str, url: str, *, not_idempotent: bool = False
) -> ApiException:
    """The SDK exception for a urllib3 failure; the caller raises it ``from exc``.

    An error raised while following redirects names the hop that failed; for a request that
    is not idempotent (a POST, a PATCH, or a PUT or DELETE that writes again:
    ``not_idempotent``) it says that the outcome is unknown: the server answered the request.
    A request that only reads (GET, HEAD, ...) never leaves its outcome unknown.
    """
    acted_on = not_idempotent or method not in IDEMPOTENT_METHODS
    reads = method in SAFE_METHODS
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
    sent = False
    if isinstance(reason, ProxyError):
        error = ApiProxyError(f"proxy failed for {target}{tried}: {said}", method=method, url=url)
    elif isinstance(reason, SSLError) and _after_connecting(reason):
        error = ApiTLSError(
            f"TLS connection to {target} failed after the request was sent{tried}: {said}",
            method=method,
            url=url,
        )
        sent = True
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
    error.outcome_unknown = not reads and (
        sent or read_timeout or isinstance(reason, ProtocolError) or answered
    )
    return error


def _after_connecting(error: SSLError) -> bool:
    """Whether a TLS failure came once the connection was made, while the request was sent or
    its answer read, rather than in the handshake. urllib3 raises the same ``SSLError`` for
    both; the ``ssl`` error beneath it says where it came from by the frames it passed: a
    failure in connecting passed through a ``connect`` (the handshake, the certificate checks,
    the hostname match) or ``do_handshake``, and one after it did not."""
    cause: BaseException | None = error.args[0] if error.args else None
    if not isinstance(cause, BaseException):
        cause = error.__cause__ or error.__context__
    if cause is None or cause.__traceback__ is None or isinstance(cause, CertificateError):
        return False
    names = {frame.f_code.co_name for frame, _ in traceback.walk_tb(cause.__traceback__)}
    return not names & {"connect", "do_handshake"}


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
