"""The transport: urllib3 sends requests, and its failures become SDK exceptions here alone."""

from __future__ import annotations

import functools
import logging
import os
import time
import weakref
from collections.abc import Mapping
from typing import Any

import urllib3
from urllib3.exceptions import (
    HTTPError,
    LocationValueError,
)
from urllib3.util import Retry, Timeout, parse_url

from trieve_py_client._logging import DEBUG
from trieve_py_client._pools import (
    ORIGIN_AND_SLASH,
    SUPPORTED_SOCKS_PROXIES,
    OriginPools,
    is_socks_proxy_url,
    pool_manager_for,
)
from trieve_py_client._redaction import redact_headers, redact_text, redact_url
from trieve_py_client._redirects import REDIRECT_STATUSES, follow_redirects, policy_for
from trieve_py_client._retry import attempts_of, build_policy, read_only_policy, write_policy
from trieve_py_client._settings import CallTimeout, TimeoutValue, to_timeout
from trieve_py_client._transport_errors import translate_error
from trieve_py_client.configuration import Configuration
from trieve_py_client.exceptions import (
    SAFE_METHODS,
    ApiException,
    ApiResponseError,
    ApiValueError,
)

# The generated clients' users import ApiException from here.
__all__ = [
    "SUPPORTED_SOCKS_PROXIES",
    "ApiException",
    "RESTClientObject",
    "RESTResponse",
    "RESTResponseType",
    "is_socks_proxy_url",
    "translate_error",
]

_log = logging.getLogger("trieve_py_client")
RESTResponseType = urllib3.BaseHTTPResponse
# Distinct sets of header names whose redirect policy is kept; more means a caller sending
# ever-new header names, and the cache starts afresh.
_POLICIES_KEPT = 64
# A policy's key: whether the operation only reads, the method of one that is not idempotent
# (else ""), and the request's header names.
_PolicyKey = tuple[bool, str, tuple[str, ...]]
# Every client of this process, for a forked child to give each fresh pools.
_LIVE_CLIENTS: weakref.WeakSet[RESTClientObject] = weakref.WeakSet()


class RESTResponse:
    """A response whose body is read on demand; ``response`` is the urllib3 response."""

    __slots__ = ("data", "method", "reason", "response", "status", "url")

    def __init__(self, resp: urllib3.BaseHTTPResponse, method: str = "", url: str = "") -> None:
        self.response = resp
        self.status = resp.status
        self.reason = resp.reason
        self.data: bytes | None = None
        self.method = method
        self.url = url

    def read(self) -> bytes:
        """Read the whole body once; later calls return the same bytes."""
        if self.data is None:
            encoding = self.response.headers.get("content-encoding")
            if encoding and encoding.strip().lower() != "identity":
                raise self._refused_encoding(encoding)
            try:
                self.data = self.response.data
            except HTTPError as exc:
                raise translate_error(exc, self.method, self.url) from exc
        return self.data

    def _refused_encoding(self, encoding: str) -> ApiResponseError:
        # urllib3 would decode gzip, deflate (and br, zstd) without a bound: a 1 MB answer
        # may become 1 GiB. The client asked for identity (http.client's default), so an
        # encoded body is a proxy's or a server's fault, and it is not read at all.
        self.response.drain_conn()
        error = ApiResponseError(
            status=self.status,
            reason=f"{self.method} {redact_url(self.url)}: the response body is encoded with "
            f"{redact_text(encoding[:64])!r}, which the client did not ask for (it accepts "
            "identity only); it is refused rather than decoded without a bound",
        )
        error.headers = self.response.headers
        error.attempts = self.attempts
        # The server answered, and so acted, but what it said is lost; a GET changed nothing.
        error.outcome_unknown = self.method not in SAFE_METHODS
        return error

    @property
    def attempts(self) -> int:
        """How many attempts this response took, retries included."""
        return attempts_of(None, self.response)

    def getheaders(self) -> urllib3.HTTPHeaderDict:
        """The response headers."""
        return self.response.headers

    def getheader(self, name: str, default: str | None = None) -> str | None:
        """One response header, or ``default``."""
        return self.response.headers.get(name, default)


def _fresh_pools_in_child() -> None:
    for client in list(_LIVE_CLIENTS):
        client._after_fork_in_child()


class RESTClientObject:
    """Sends requests through one urllib3 pool manager, shared by all threads of a client."""

    def __init__(self, configuration: Configuration) -> None:
        self._configuration = configuration
        self._retries_source = configuration.retries
        self._policy = build_policy(configuration.retries)
        self._redirect_base: Retry | None = None
        self._redirect_policies: dict[_PolicyKey, Retry] = {}
        # Each checked origin with the slash that ends it, as url.startswith takes them.
        self._checked_origins: tuple[str, ...] = ()
        self.pool_manager = self._own_manager = pool_manager_for(configuration, self._policy)
        self._pools = OriginPools(self.pool_manager)
        _LIVE_CLIENTS.add(self)

    def close(self) -> None:
        """Close every pooled connection."""
        self.pool_manager.clear()

    def _after_fork_in_child(self) -> None:
        # The inherited connections are the parent's sockets too: a request sent on one could
        # read the parent's answer, and the parent the child's. They are dropped, not closed:
        # the garbage collector closes only this process's descriptors, and nothing is written
        # on them (no TLS alert, no request), so the parent's connections go on undisturbed.
        # urllib3's clear() would take the pools' locks, which a thread of the parent may have
        # held at the fork. A pool manager set by the caller is the caller's to renew.
        if self.pool_manager is self._own_manager:
            manager = pool_manager_for(self._configuration, self._policy)
            self.pool_manager = self._own_manager = manager

    def _rebuilt_policy(self, source: Any) -> Retry:
        # No lock: threads that see the change at once each build the same policy, and a call
        # already under way keeps the policy it started with.
        policy = build_policy(source)
        self._policy, self._retries_source = policy, source
        return policy

    def _check_origin(self, url: str) -> None:
        try:
            if not parse_url(url).host:
                raise LocationValueError("no host")
        except LocationValueError as exc:
            raise ApiValueError(f"Invalid URL {redact_url(url)!r}: {exc}") from exc
        # Remembered with the slash that ends it, so that a URL starting with it has the same
        # origin. A URL whose origin ends otherwise (with "?", "#" or nothing) is checked each
        # time: no operation sends one. No lock: a tuple is replaced whole.
        origin = ORIGIN_AND_SLASH.match(url)
        if origin is not None:
            self._checked_origins = (*self._checked_origins, origin[0])

    def _policy_for(self, base: Retry, key: _PolicyKey, headers: Mapping[str, str] | None) -> Retry:
        # The redirect rules depend only on the header names, and the methods retried only on
        # whether the operation reads, both the same for every call of an operation: one policy
        # per key, made again when the base changes.
        if base is not self._redirect_base:
            self._redirect_base, self._redirect_policies = base, {}
        if len(self._redirect_policies) >= _POLICIES_KEPT:
            self._redirect_policies = {}
        read_only, write, _ = key
        if read_only:
            base = read_only_policy(base)
        elif write:
            base = write_policy(base, write)
        found = policy_for(base, headers)
        self._redirect_policies[key] = found
        return found

    def _send(
        self,
        timeout: Timeout,
        preload_content: bool,
        method: str,
        url: str,
        body: bytes | str | None,
        headers: Any,
        retries: Retry,
    ) -> urllib3.BaseHTTPResponse:
        # urlopen, not request: request() only re-wraps the headers for a form encoding that
        # a JSON API never uses. Redirects come back as responses, for follow_redirects.
        if self._pools.manager is not self.pool_manager:  # replaced, as generated clients allow
            self._pools = OriginPools(self.pool_manager)
        return self._pools.urlopen(method, url, body, headers, timeout, retries, preload_content)

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        post_params: Any | None = None,
        _request_timeout: TimeoutValue | None = None,
        _preload_content: bool = True,
        _read_only: bool = False,
        _not_idempotent: bool = False,
    ) -> RESTResponse:
        """Send one request, with the retry policy, and return the response.

        With ``_preload_content`` the body is read inside urllib3's retry loop, so a read that
        times out or breaks is retried like any read error (idempotent methods only); without
        it the body is left unread for the caller to stream.

        ``_read_only`` says that the operation only reads: a POST is then retried like a GET,
        and its failures do not leave the outcome unknown. ``_not_idempotent`` says that a PUT
        or DELETE writes again when repeated: it is retried as a POST is.

        ``body`` is the encoded body (``bytes`` or ``str``): ``ApiClient.param_serialize``
        encodes it. Every failure raises an ``ApiException`` subclass whose ``__cause__`` is
        urllib3's error.
        """
        method = method.upper()
        if post_params:
            raise ApiValueError("post_params: the Trieve API takes JSON bodies, not form fields")
        if body is not None and not isinstance(body, (bytes, str)):
            raise ApiValueError(
                f"body must be bytes or str, encoded by ApiClient.param_serialize; "
                f"got a {type(body).__name__}"
            )
        if _request_timeout is None:
            timeout = self._configuration.timeout
        elif isinstance(_request_timeout, CallTimeout):  # resolved by the client already
            timeout = _request_timeout
        else:
            timeout = to_timeout(_request_timeout, "_request_timeout")
        # Checked before anything is sent, so that any ValueError urllib3 raises later comes
        # from a redirect; once per origin, as every request of a client goes to the same few.
        if not url.startswith(self._checked_origins):
            self._check_origin(url)
        if DEBUG.pending:
            DEBUG.settle()
        debug = _log.isEnabledFor(logging.DEBUG)
        started = time.perf_counter() if debug else 0.0
        # Configuration.retries may be changed after the client was built; rebuild only then.
        source = self._configuration.retries
        base = self._policy if source is self._retries_source else self._rebuilt_policy(source)
        key = (_read_only, method if _not_idempotent else "", tuple(headers) if headers else ())
        policy = self._redirect_policies.get(key) if base is self._redirect_base else None
        if policy is None:
            policy = self._policy_for(base, key, headers)
        try:
            resp = self._send(timeout, _preload_content, method, url, body, headers, policy)
            if resp.status in REDIRECT_STATUSES:
                send = functools.partial(self._send, timeout, _preload_content)
                resp = follow_redirects(send, resp, method, url, body, headers or {})
        except (HTTPError, ValueError) as exc:
            # urllib3 lets a Location it cannot parse through as a plain ValueError.
            error = translate_error(exc, method, url, not_idempotent=_not_idempotent)
            if _read_only:
                error.outcome_unknown = False
            raise error from exc
        if debug:
            _log.debug(
                "%s %s -> %s %s in %.1f ms; request headers %s; response headers %s",
                method,
                redact_url(url),
                resp.status,
                resp.reason,
                (time.perf_counter() - started) * 1000,
                redact_headers(headers),
                redact_headers(resp.headers),
            )
        return RESTResponse(resp, method, url)


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_fresh_pools_in_child)
