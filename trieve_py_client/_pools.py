"""The connection pools a client sends through: urllib3's pool manager (or proxy manager), made
for the configuration's proxy and TLS settings."""

from __future__ import annotations

import ssl
from typing import Any

import urllib3
from urllib3.exceptions import LocationValueError, ProxySchemeUnknown

from trieve_py_client._headers import checked_name, checked_value
from trieve_py_client._redaction import redact_url
from trieve_py_client.configuration import Configuration
from trieve_py_client.exceptions import ApiValueError

SUPPORTED_SOCKS_PROXIES = frozenset({"socks5", "socks5h", "socks4", "socks4a"})


def is_socks_proxy_url(url: str | None) -> bool:
    """Whether ``url`` names a SOCKS proxy, which urllib3 reaches through PySocks."""
    return url is not None and url.split("://", 1)[0].lower() in SUPPORTED_SOCKS_PROXIES


def pool_manager_for(configuration: Configuration) -> urllib3.PoolManager:
    """The pool manager for ``configuration``'s proxy and TLS settings. It retries nothing
    itself: the send loop (``_send``) owns every attempt."""
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
        "retries": False,
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
