"""Building a request: an operation, its arguments and the client's configuration become the
method, URL, headers, body and timeout that the send loop puts on the wire.

Header precedence, lowest first: the client's default headers, the cookie, ``Accept`` and
``Content-Type``, the operation's header parameters, the call's ``_headers``, then the
credentials.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from trieve_py_client._headers import apply_auth, merge_headers
from trieve_py_client._operation import Operation, RequestOptions, warn_deprecated
from trieve_py_client._parameters import fill_path, request_headers, split_params, url_query
from trieve_py_client._send import Request
from trieve_py_client._serialization import encode_body
from trieve_py_client._settings import call_timeout
from trieve_py_client.configuration import Configuration

if TYPE_CHECKING:
    from trieve_py_client.api_client import ApiClient


def build(
    client: ApiClient,
    operation: Operation,
    options: RequestOptions,
    params: Mapping[str, Any] | None,
    body: Any,
    *,
    preload: bool,
) -> Request:
    """The request that calls ``operation`` with ``params`` (its path, query and header
    parameters by the names the generated method gives them; ``None`` leaves an optional one
    out), ``body`` and the per-call ``options``."""
    if operation.deprecated:
        warn_deprecated(operation)
    path_params, query, header_params, formats = (
        split_params(operation, params) if params else ({}, [], {}, {})
    )
    config = client.configuration
    host_index = options.get("_host_index")
    # 0, the generated clients' default, means the configured host, as it does there.
    host = (
        config.get_host_from_settings(host_index, variables=config.server_variables)
        if host_index
        else None
    )
    url, headers = target(
        client,
        operation.method,
        operation.path,
        path_params,
        query,
        request_headers(operation, header_params, body, options),
        operation.auth,
        formats,
        host,
        options.get("_request_auth"),
    )
    return Request(
        operation.method,
        url,
        headers,
        encode_body(body),
        call_timeout(config.timeout, options, operation.read_timeout),
        read_only=operation.read_only,
        not_idempotent=operation.not_idempotent,
        preload=preload,
    )


def target(
    client: ApiClient,
    method: str,
    path: str,
    path_params: Mapping[str, Any] | None,
    query: list[tuple[str, Any]] | None,
    header_params: Mapping[str, str] | None,
    auth: tuple[str, ...] | list[str] | None,
    formats: Mapping[str, str] | None,
    host: str | None,
    request_auth: Mapping[str, Any] | None,
) -> tuple[str, dict[str, str]]:
    """The URL and headers of a request to ``path`` on ``host`` (else the configured host),
    credentials included."""
    # Checked when they change, not on every call: they are the same for every request.
    if client.default_headers != client._checked_defaults:
        merge_headers({}, client.default_headers, "default_headers")
        client._checked_defaults = dict(client.default_headers)
    headers = dict(client.default_headers)
    if client.cookie:
        merge_headers(headers, {"Cookie": client.cookie}, "cookie")
    if header_params:
        merge_headers(headers, header_params)
    config = client.configuration
    if path_params:
        path = fill_path(path, path_params, config.safe_chars_for_path_param)
    if auth:
        add_credentials(config, headers, auth, request_auth)
    url = (host or config.host) + path
    if query:
        url = f"{url}?{url_query(query, formats)}"
    return url, headers


def add_credentials(
    config: Configuration,
    headers: dict[str, str],
    auth: tuple[str, ...] | list[str],
    request_auth: Mapping[str, Any] | None = None,
) -> None:
    """Add credentials: ``request_auth`` when given, else the configured keys of the security
    schemes named in ``auth``."""
    if request_auth:
        apply_auth(headers, request_auth, "_request_auth")
        return
    configured = config.auth_settings()
    sent = False
    for name in auth:
        setting = configured.get(name)
        if setting:
            apply_auth(headers, setting, "configuration.api_key", name)
            sent = True
    if not sent:
        # No key for this operation, and one under a name no scheme has: the caller meant
        # it for this request, and it would silently go without.
        unknown = next((n for n in config.api_key if n not in config.security_schemes), None)
        if unknown is not None:
            raise config.unknown_scheme_error(str(unknown))
