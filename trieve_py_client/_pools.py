"""The connection pools a client sends through: urllib3's pool manager, made for the proxy and
TLS settings, and the pool of each origin, asked of that manager once instead of per request."""

from __future__ import annotations

import re
import ssl
from typing import Any

import urllib3
from urllib3.connectionpool import HTTPConnectionPool, port_by_scheme
from urllib3.exceptions import LocationValueError, ProxySchemeUnknown
from urllib3.util import Retry, Timeout, parse_url

from trieve_py_client._headers import checked_name, checked_value
from trieve_py_client._redaction import redact_url
from trieve_py_client.configuration import Configuration
from trieve_py_client.exceptions import ApiValueError

SUPPORTED_SOCKS_PROXIES = frozenset({"socks5", "socks5h", "socks4", "socks4a"})
# "http://" or "https://", the host and port, and the slash that ends them, split where
# urllib3's URL parser splits them (it ends a host at a backslash too). Without a scheme it
# knows, urllib3 reads a URL otherwise, so such a URL is left to it.
ORIGIN_AND_SLASH = re.compile(r"(?i:https?)://[^/?#\\]*/")
# What a pool manager must keep of urllib3's own for its pools to be asked for directly: one
# that sends, or finds its pools, otherwise (a subclass, a mock) is left to do so itself.
_MANAGER_METHODS = (
    "urlopen",
    "connection_from_host",
    "connection_from_context",
    "connection_from_pool_key",
)
# A request target (path and query) that urllib3's URL parsing leaves as it is: only the
# characters it keeps, and percent-escapes in upper case (it writes lower-case ones in upper
# case, and escapes a "%" that starts none). Dot segments ("/./", "/../"), which it would
# remove, are looked for apart.
_KEPT_AS_IT_IS = re.compile(r"(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]+|%[0-9A-F]{2})*")
# Origins whose pool key is remembered; past this the memory starts afresh.
_ORIGINS_KEPT = 64


def is_socks_proxy_url(url: str | None) -> bool:
    """Whether ``url`` names a SOCKS proxy, which urllib3 reaches through PySocks."""
    return url is not None and url.split("://", 1)[0].lower() in SUPPORTED_SOCKS_PROXIES


def pool_manager_for(configuration: Configuration, policy: Retry) -> urllib3.PoolManager:
    """The pool manager for ``configuration``'s proxy and TLS settings, retrying by ``policy``."""
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
    # urllib3 copies every key passed into the pool key it builds for each pool.
    pool_args: dict[str, Any] = {
        "cert_reqs": ssl.CERT_REQUIRED if configuration.verify_ssl else ssl.CERT_NONE,
        "maxsize": configuration.connection_pool_maxsize,
        "retries": policy,
        "timeout": configuration.timeout,
        **{name: value for name, value in settings.items() if value is not None},
    }
    # Checked here, as the client checks its own headers: urllib3 would refuse a bad value
    # only when connecting, quoting it (a proxy credential) in a plain ValueError.
    for name, value in (configuration.proxy_headers or {}).items():
        checked_value(str(value), f"proxy_headers[{checked_name(name, 'proxy_headers')!r}]")
    proxy = configuration.proxy
    if proxy and is_socks_proxy_url(proxy):
        return _socks_manager(proxy, configuration.proxy_headers, pool_args)
    if not proxy:
        return urllib3.PoolManager(**pool_args)
    try:
        return urllib3.ProxyManager(
            proxy_url=proxy, proxy_headers=configuration.proxy_headers, **pool_args
        )
    except (ProxySchemeUnknown, LocationValueError) as exc:
        raise ApiValueError(
            f"proxy must be an http://, https:// or socks URL; got {redact_url(proxy)!r}"
        ) from exc


class OriginPools:
    """Sends each request to the pool of its origin, with urllib3's redirect following off.

    ``PoolManager.urlopen`` parses the whole URL and normalises the key of its pool on every
    request: about 130,000 instructions, more than the rest of the SDK's own work on a call. A
    client sends to one or two origins, so the key of each is made once, as the manager makes
    it, and a request whose path and query urllib3 would send as they are is handed to the pool
    the manager holds under that key (``connection_from_pool_key``): the manager still decides
    which pools live, and the pool still pools connections, times out, retries and speaks TLS.
    An HTTP proxy needs the whole URL, so its manager sends every request itself.
    """

    def __init__(self, manager: urllib3.PoolManager) -> None:
        self.manager = manager
        kind = type(manager)
        self._direct = not isinstance(manager, urllib3.ProxyManager) and all(
            getattr(kind, name) is getattr(urllib3.PoolManager, name) for name in _MANAGER_METHODS
        )
        # Each origin's pool key and the request context the manager would make a pool from.
        self._routes: dict[str, tuple[Any, dict[str, Any]]] = {}

    def urlopen(
        self,
        method: str,
        url: str,
        body: bytes | str | None,
        headers: Any,
        timeout: Timeout,
        retries: Retry,
        preload_content: bool,
    ) -> urllib3.BaseHTTPResponse:
        """One request, urllib3's retries included; a redirect comes back as the response."""
        sender: urllib3.PoolManager | HTTPConnectionPool = self.manager
        # A urlopen set on the manager itself (a spy, say) sees every request.
        direct = self._direct and "urlopen" not in self.manager.__dict__
        origin = ORIGIN_AND_SLASH.match(url) if direct else None
        if origin is not None:
            target = url[origin.end() - 1 :]
            route = self._routes.get(origin[0]) or self._route(origin[0])
            if route is not None and "/." not in target and _KEPT_AS_IT_IS.fullmatch(target):
                # A copy: the manager takes the scheme, host and port out of a context it
                # makes a new pool from.
                key, context = route
                sender = self.manager.connection_from_pool_key(key, request_context=dict(context))
                url = target
        return sender.urlopen(
            method,
            url,
            body=body,
            headers=headers,
            timeout=timeout,
            retries=retries,
            preload_content=preload_content,
            redirect=False,
            # The client asks for identity: a body encoded anyway is refused when read, never
            # decoded, since a small one may decode to gigabytes.
            decode_content=False,
        )

    def _route(self, origin: str) -> tuple[Any, dict[str, Any]] | None:
        # As PoolManager.connection_from_host makes them for a URL without pool_kwargs; None
        # leaves anything unusual (no host, a scheme urllib3 has no pool for) to the manager,
        # whose error is the one to raise.
        parsed = parse_url(origin)
        scheme = (parsed.scheme or "http").lower()
        make_key = self.manager.key_fn_by_scheme.get(scheme)
        # Port 0: urllib3 2.0 takes it for no port, later versions do not.
        if not parsed.host or make_key is None or parsed.port == 0:
            return None
        context = {
            **self.manager.connection_pool_kw,
            "scheme": parsed.scheme or "http",
            "port": parsed.port or port_by_scheme.get(scheme, 80),
            "host": parsed.host,
        }
        route = make_key(context), context
        # No lock: threads that make the same route at once make equal ones.
        if len(self._routes) >= _ORIGINS_KEPT:
            self._routes = {}
        self._routes[origin] = route
        return route


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
