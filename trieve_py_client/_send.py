"""Sending a request: the one loop of attempts and redirects.

``send`` hands each attempt to urllib3 with urllib3's own retries and redirects off, and asks
the configured ``Retry`` (the policy) what to do with each answer or failure:

- a failure or a status the policy retries is sent again after a wait: the server's
  ``Retry-After`` when the policy respects it, else the policy's backoff, never more than
  ``MAX_WAIT``; each retry is logged at INFO;
- a redirect is followed at once, spending the policy's redirect budget, not its retries; a
  request redirected to another origin keeps only the headers that carry nothing secret, and a
  POST answered by 301, 302 or 303 (any method by 303) becomes a GET without a body;
- anything else is the answer, read by the client's reading stage.

A failure becomes its SDK exception, with whether the outcome is unknown, in ``_outcome``.

Whether a request may be repeated is the policy's, adjusted per operation by the spec's marks
(``Retry`` policies for ``x-read-only`` and ``x-not-idempotent``: ``_retry.policy_for``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urljoin

import urllib3
from urllib3.exceptions import HTTPError, LocationParseError, LocationValueError, MaxRetryError
from urllib3.util import Retry, Timeout, parse_url

from trieve_py_client._logging import DEBUG
from trieve_py_client._outcome import SAFE_METHODS, transport_failure
from trieve_py_client._redaction import redact_headers, redact_url
from trieve_py_client._response import RESTResponse
from trieve_py_client._retry_after import retry_after_seconds
from trieve_py_client._settings import origin_of
from trieve_py_client.exceptions import ApiValueError

_log = logging.getLogger("trieve_py_client")

# The longest the client waits before a retry, whatever the server asks for.
MAX_WAIT = 60.0
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# The statuses that turn a POST into a GET; any method becomes a GET on a 303.
_POST_TO_GET = frozenset({301, 302, 303})
# The headers that go with a request redirected to another origin: none can carry a secret.
SAFE_ON_REDIRECT = frozenset(
    {"accept", "accept-encoding", "content-type", "content-length", "user-agent"}
)
# What describes a body, and is dropped with it when a redirect turns the request into a GET.
_BODY_HEADERS = frozenset(
    [
        "content-encoding",
        "content-language",
        "content-location",
        "content-type",
        "content-length",
        "digest",
        "last-modified",
    ]
)


@dataclass(frozen=True)
class Request:
    """One request as built: what goes on the wire, its timeout, and whether repeating it is
    harmless (``read_only``: the spec's ``x-read-only``) or not (``not_idempotent``)."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    timeout: Timeout
    read_only: bool = False
    not_idempotent: bool = False
    # Read the body before returning, inside the loop: a read that breaks is retried too.
    preload: bool = True

    @property
    def only_reads(self) -> bool:
        """Whether nothing can have changed, whatever happened to the request."""
        return self.read_only or self.method in SAFE_METHODS


class Transport(Protocol):
    """What ``send`` needs of the client's transport (``rest.RESTClientObject``)."""

    pool_manager: urllib3.PoolManager

    def policy_for(self, request: Request) -> Retry: ...


def send(transport: Transport, request: Request) -> RESTResponse:
    """Send ``request`` until it is answered, retried and redirected as the policy allows;
    every failure raises an ``ApiException`` subclass whose ``__cause__`` is urllib3's error."""
    if DEBUG.pending:
        DEBUG.settle()
    started = time.perf_counter() if _log.isEnabledFor(logging.DEBUG) else None
    policy = transport.policy_for(request)
    manager = transport.pool_manager
    method, url, body, headers = request.method, request.url, request.body, request.headers
    failed = 0  # the attempts that failed, which an error or a retried answer counts
    answered = False  # a redirect answered the request: the server may have acted on it
    while True:
        try:
            response = manager.urlopen(
                method,
                url,
                body=body,
                headers=headers,
                timeout=request.timeout,
                retries=False,
                redirect=False,
                preload_content=request.preload,
                # The client asks for identity: a body encoded anyway is refused when read,
                # never decoded, since a small one may decode to gigabytes.
                decode_content=False,
            )
        except (HTTPError, ValueError) as error:
            if not answered and isinstance(error, LocationValueError):
                raise ApiValueError(f"Invalid URL {redact_url(url)!r}: {error}") from error
            try:
                policy = policy.increment(method, url, error=error)
            except (HTTPError, ValueError):  # spent, or not to be repeated: urllib3 re-raises
                raise transport_failure(
                    error, request, method, url, failed + 1, answered
                ) from error
            failed += 1
            _wait(policy, method, url, type(error).__name__, failed, None)
            continue
        status = response.status
        location = response.get_redirect_location() if status in REDIRECT_STATUSES else None
        if location:
            hop = _redirected(policy, request, method, url, body, headers, response, failed)
            if hop is None:  # a policy that follows no redirect hands the answer back
                return _answer(response, request, failed + 1, started)
            policy, method, url, body, headers = hop
            answered = True
            continue
        if policy.is_retry(method, status, "Retry-After" in response.headers):
            try:
                policy = policy.increment(method, url, response=response)
            except MaxRetryError:  # spent: the answer stands, and becomes its status exception
                return _answer(response, request, failed + 1, started)
            failed += 1
            response.drain_conn()
            _wait(policy, method, url, f"status {status}", failed, response)
            continue
        return _answer(response, request, failed + 1, started)


_Hop = tuple[Retry, str, str, "bytes | None", dict[str, str]]


def _redirected(
    policy: Retry,
    request: Request,
    method: str,
    url: str,
    body: bytes | None,
    headers: dict[str, str],
    response: urllib3.BaseHTTPResponse,
    failed: int,
) -> _Hop | None:
    """The policy after following a redirect, and the request to send next; None to take the
    redirect as the answer."""
    location = response.get_redirect_location() or ""
    spent = policy
    if type(policy.total) is int and policy.redirect is not None:
        spent = policy.new(total=policy.total + 1)  # a redirect is no failure
    try:
        policy = spent.increment(method, url, response=response)
    except MaxRetryError as exhausted:
        if not policy.raise_on_redirect:
            return None
        response.drain_conn()
        raise transport_failure(exhausted, request, method, url, failed + 1, True) from exhausted
    # Drained before the Location is read: one that cannot be followed must not keep the
    # connection. No wait follows, whatever a Retry-After says.
    response.drain_conn()
    try:
        target = urljoin(url, location)
        moved = origin_of(target) != origin_of(url)
    except ValueError as bad:  # LocationParseError is one too
        error = LocationParseError(f"redirect to an invalid location {location!r}")
        raise transport_failure(error, request, method, url, failed + 1, True) from bad
    if moved:
        dropped = policy.remove_headers_on_redirect
        headers = {
            name: value
            for name, value in headers.items()
            if name.lower() in SAFE_ON_REDIRECT and name.lower() not in dropped
        }
    if response.status == 303 or (method == "POST" and response.status in _POST_TO_GET):
        method, body = "GET", None
        headers = {n: v for n, v in headers.items() if n.lower() not in _BODY_HEADERS}
    return policy, method, target, body, headers


def _answer(
    response: urllib3.BaseHTTPResponse, request: Request, attempts: int, started: float | None
) -> RESTResponse:
    if started is not None:
        _log.debug(
            "%s %s -> %s %s in %.1f ms; request headers %s; response headers %s",
            request.method,
            redact_url(request.url),
            response.status,
            response.reason,
            (time.perf_counter() - started) * 1000,
            redact_headers(request.headers),
            redact_headers(response.headers),
        )
    return RESTResponse(response, request, attempts)


def _wait(
    policy: Retry,
    method: str,
    url: str,
    reason: str,
    done: int,
    response: urllib3.BaseHTTPResponse | None,
) -> None:
    wait = None
    if response is not None and policy.respect_retry_after_header:
        wait = retry_after_seconds(response.headers)
    if not wait:  # none, or 0: the backoff, as urllib3 does
        wait = policy.get_backoff_time()
    wait = min(wait, MAX_WAIT)
    retries_left = policy.total if type(policy.total) is int else 0
    _log.info(
        "retrying %s %s after %s, in %.2f s (retry %d of %d)",
        method,
        redact_url(parse_url(url).request_uri),
        reason,
        wait,
        done,
        done + retries_left,
    )
    if wait > 0:
        time.sleep(wait)
