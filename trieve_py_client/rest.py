"""The transport: urllib3 sends requests, and its failures become SDK exceptions here alone."""

from __future__ import annotations

import functools
import logging
import re
import ssl
import time
from collections.abc import Mapping
from typing import Any

import urllib3
from urllib3.exceptions import (
    HTTPError,
    LocationValueError,
    ProxySchemeUnknown,
)
from urllib3.util import Retry, Timeout, parse_url

from trieve_py_client._headers import checked_name, checked_value
from trieve_py_client._logging import DEBUG
from trieve_py_client._redaction import redact_headers, redact_url
from trieve_py_client._redirects import REDIRECT_STATUSES, follow_post, policy_for
from trieve_py_client._retry import attempts_of, build_policy, read_only_policy
from trieve_py_client._settings import TimeoutValue, to_timeout
from trieve_py_client._transport_errors import translate_error
from trieve_py_client.configuration import Configuration
from trieve_py_client.exceptions import (
    ApiException,
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
SUPPORTED_SOCKS_PROXIES = frozenset({"socks5", "socks5h", "socks4", "socks4a"})
RESTResponseType = urllib3.BaseHTTPResponse
# Distinct sets of header names whose redirect policy is kept; more means a caller sending
# ever-new header names, and the cache starts afresh.
_POLICIES_KEPT = 64
# A scheme, "//", the host and port, and the slash that ends them.
_ORIGIN_AND_SLASH = re.compile(r"[^/?#]*//[^/?#]*/")
# A policy's key: whether the operation only reads, and the request's header names.
_PolicyKey = tuple[bool, tuple[str, ...]]


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
            try:
                self.data = self.response.data
            except HTTPError as exc:
                raise translate_error(exc, self.method, self.url) from exc
        return self.data

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
        settings = {
            "ca_certs": configuration.ssl_ca_cert,
            "cert_file": configuration.cert_file,
            "key_file": configuration.key_file,
            "ca_cert_data": configuration.ca_cert_data,
            "assert_hostname": configuration.assert_hostname,
            "server_hostname": configuration.tls_server_name or None,
            "socket_options": configuration.socket_options,
        }
        # Only what is set is passed: urllib3 2.0 refuses some of these keys even as None, and
        # urllib3 copies every key passed into the pool key it builds for each request.
        pool_args: dict[str, Any] = {
            "cert_reqs": ssl.CERT_REQUIRED if configuration.verify_ssl else ssl.CERT_NONE,
            "maxsize": configuration.connection_pool_maxsize,
            "retries": self._policy,
            "timeout": configuration.timeout,
            **{name: value for name, value in settings.items() if value is not None},
        }
        # Checked here, as the client checks its own headers: urllib3 would refuse a bad value
        # only when connecting, quoting it (a proxy credential) in a plain ValueError.
        for name, value in (configuration.proxy_headers or {}).items():
            checked_value(str(value), f"proxy_headers[{checked_name(name, 'proxy_headers')!r}]")
        self.pool_manager: urllib3.PoolManager
        if configuration.proxy and is_socks_proxy_url(configuration.proxy):
            self.pool_manager = _socks_manager(
                configuration.proxy, configuration.proxy_headers, pool_args
            )
        elif configuration.proxy:
            try:
                self.pool_manager = urllib3.ProxyManager(
                    proxy_url=configuration.proxy,
                    proxy_headers=configuration.proxy_headers,
                    **pool_args,
                )
            except (ProxySchemeUnknown, LocationValueError) as exc:
                shown = redact_url(configuration.proxy)
                raise ApiValueError(
                    f"proxy must be an http://, https:// or socks URL; got {shown!r}"
                ) from exc
        else:
            self.pool_manager = urllib3.PoolManager(**pool_args)

    def close(self) -> None:
        """Close every pooled connection."""
        self.pool_manager.clear()

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
        origin = _ORIGIN_AND_SLASH.match(url)
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
        read_only, _ = key
        found = policy_for(read_only_policy(base) if read_only else base, headers)
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
        # a JSON API never uses. urllib3 follows the redirects of every method but POST, whose
        # redirects follow_post follows.
        return self.pool_manager.urlopen(
            method,
            url,
            body=body,
            headers=headers,
            timeout=timeout,
            retries=retries,
            preload_content=preload_content,
            redirect=method != "POST",
        )

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
    ) -> RESTResponse:
        """Send one request, with the retry policy, and return the response.

        With ``_preload_content`` the body is read inside urllib3's retry loop, so a read that
        times out or breaks is retried like any read error (idempotent methods only); without
        it the body is left unread for the caller to stream.

        ``_read_only`` says that the operation only reads: a POST is then retried like a GET,
        and its failures do not leave the outcome unknown.

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
        timeout = (
            self._configuration.timeout
            if _request_timeout is None
            else to_timeout(_request_timeout, "_request_timeout")
        )
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
        key = (_read_only, tuple(headers) if headers else ())
        policy = self._redirect_policies.get(key) if base is self._redirect_base else None
        if policy is None:
            policy = self._policy_for(base, key, headers)
        try:
            resp = self._send(timeout, _preload_content, method, url, body, headers, policy)
            if method == "POST" and resp.status in REDIRECT_STATUSES:
                send = functools.partial(self._send, timeout, _preload_content)
                resp = follow_post(send, resp, url, body, headers or {}, policy)
        except (HTTPError, ValueError) as exc:
            # urllib3 lets a Location it cannot parse through as a plain ValueError.
            error = translate_error(exc, method, url)
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


def is_socks_proxy_url(url: str | None) -> bool:
    """Whether ``url`` names a SOCKS proxy, which urllib3 reaches through PySocks."""
    return url is not None and url.split("://", 1)[0].lower() in SUPPORTED_SOCKS_PROXIES


def _socks_manager(
    proxy: str, headers: dict[str, str] | None, pool_args: dict[str, Any]
) -> urllib3.PoolManager:
    try:
        from urllib3.contrib.socks import SOCKSProxyManager  # noqa: PLC0415  # needs PySocks
    except ImportError as exc:
        raise ApiValueError(
            f"proxy {redact_url(proxy)!r} is a SOCKS proxy, which needs PySocks: "
            "pip install pysocks"
        ) from exc
    return SOCKSProxyManager(proxy_url=proxy, headers=headers, **pool_args)
