"""Every urllib3 failure becomes an SDK exception here (``translate_error``), and is told apart
by whether it came once the request had reached the server (``reached_server``), which the send
loop needs to decide whether the outcome is unknown."""

from __future__ import annotations

import traceback
from http.client import IncompleteRead
from ssl import CertificateError

from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    SSLError,
)
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

from trieve_py_client._redaction import redact_url
from trieve_py_client._settings import origin_of
from trieve_py_client.exceptions import (
    ApiConnectionError,
    ApiException,
    ApiProxyError,
    ApiResponseError,
    ApiTimeoutError,
    ApiTLSError,
    ApiTransportError,
)


def translate_error(exc: BaseException, method: str, url: str, attempts: int = 1) -> ApiException:
    """The SDK exception for a urllib3 failure of ``method url`` after ``attempts`` attempts;
    the caller raises it ``from exc``."""
    reason: BaseException | None = exc.reason if isinstance(exc, MaxRetryError) else exc
    tried = f" ({attempts} attempts)" if attempts > 1 else ""
    target = _host_of(url)
    url = redact_url(url)
    said = _said(reason)
    error: ApiException
    if isinstance(reason, ProxyError):
        error = ApiProxyError(f"proxy failed for {target}{tried}: {said}", method=method, url=url)
    elif isinstance(reason, SSLError) and _after_connecting(reason):
        error = ApiTLSError(
            f"TLS connection to {target} failed after the request was sent{tried}: {said}",
            method=method,
            url=url,
        )
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
    return error


def reached_server(exc: BaseException) -> bool:
    """Whether a failure came after the request reached the server: a read that timed out or
    broke, TLS failing once connected, an answer that could not be decoded or a Location that
    cannot be followed. Nothing was sent when connecting failed."""
    reason = exc.reason if isinstance(exc, MaxRetryError) else exc
    if isinstance(reason, (ConnectTimeoutError, ProxyError)):
        return False
    if isinstance(reason, SSLError):
        return _after_connecting(reason)
    return isinstance(reason, (Urllib3TimeoutError, ProtocolError, DecodeError, ValueError))


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
