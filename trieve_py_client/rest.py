"""The transport: the client's urllib3 pool manager, its retry policy, and fresh pools for a
forked child. Requests go through ``_send.send``, the one loop of attempts and redirects;
``RESTClientObject.request`` is the generated clients' entry to it, for code that calls it."""

from __future__ import annotations

import os
import weakref
from collections.abc import Mapping
from typing import Any

import urllib3
from urllib3.util import Retry

from trieve_py_client._pools import SUPPORTED_SOCKS_PROXIES, is_socks_proxy_url, pool_manager_for
from trieve_py_client._response import RESTResponse
from trieve_py_client._retry import build_policy, policy_for
from trieve_py_client._send import Request, send
from trieve_py_client._settings import TimeoutValue, to_timeout
from trieve_py_client._transport_errors import translate_error
from trieve_py_client.configuration import Configuration
from trieve_py_client.exceptions import ApiException, ApiValueError

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

RESTResponseType = urllib3.BaseHTTPResponse
# Every client of this process, for a forked child to give each fresh pools.
_LIVE_CLIENTS: weakref.WeakSet[RESTClientObject] = weakref.WeakSet()


def _fresh_pools_in_child() -> None:
    for client in list(_LIVE_CLIENTS):
        client._after_fork_in_child()


class RESTClientObject:
    """Sends requests through one urllib3 pool manager, shared by all threads of a client."""

    def __init__(self, configuration: Configuration) -> None:
        self._configuration = configuration
        self._retries_source = configuration.retries
        self._policy = build_policy(configuration.retries)
        self.pool_manager = self._own_manager = pool_manager_for(configuration)
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
            self.pool_manager = self._own_manager = pool_manager_for(self._configuration)

    def policy_for(self, request: Request) -> Retry:
        """The retry policy for ``request``: ``Configuration.retries``, as it is now, adjusted
        by the request's operation's marks."""
        source = self._configuration.retries
        if source is not self._retries_source:
            # Changed after the client was built. No lock: threads that see the change at once
            # each build the same policy, and a call under way keeps the one it started with.
            self._policy, self._retries_source = build_policy(source), source
        if not (request.read_only or request.not_idempotent):
            return self._policy
        return policy_for(self._policy, request.read_only, request.method, request.not_idempotent)

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
        """Send one request, as the generated client's ``RESTClientObject.request`` does.

        ``body`` is the encoded body (``bytes`` or ``str``: ``ApiClient.param_serialize``
        encodes it). ``_read_only`` says that the operation only reads (a POST is then retried
        like a GET, and its failures never leave the outcome unknown); ``_not_idempotent``
        that a PUT or DELETE writes again when repeated (it is retried as a POST is). Every
        failure raises an ``ApiException`` subclass whose ``__cause__`` is urllib3's error.
        """
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
        request = Request(
            method.upper(),
            url,
            dict(headers or {}),
            body.encode() if isinstance(body, str) else body,
            timeout,
            read_only=_read_only,
            not_idempotent=_not_idempotent,
            preload=_preload_content,
        )
        return send(self, request)


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_fresh_pools_in_child)
