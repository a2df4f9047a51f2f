"""The client: turns an operation's description and arguments into a request, and its response
into a model or an exception."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from typing_extensions import Self

from trieve_py_client import rest
from trieve_py_client._headers import apply_auth, merge_headers
from trieve_py_client._operation import (
    Operation,
    Parameter,
    RequestOptions,
    RequestTimeout,
    warn_deprecated,
)
from trieve_py_client._parameters import (
    ParameterMethods,
    fill_path,
    request_headers,
    split_params,
    url_query,
)
from trieve_py_client._responses import ResponseMethods
from trieve_py_client._serialization import SerializationMethods, encode_body
from trieve_py_client._settings import call_timeout
from trieve_py_client._validation import validated
from trieve_py_client._version import __version__
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.configuration import ENV_API_KEY, Configuration
from trieve_py_client.exceptions import ApiException, ApiValueError, UnauthorizedException

# Operations and their options are defined beside the client; api/ takes them from here.
__all__ = [
    "ApiClient",
    "Operation",
    "Parameter",
    "RequestOptions",
    "RequestTimeout",
    "validated",
]

RequestSerialized = tuple[str, str, dict[str, str], bytes | None, list[Any] | None]


class ApiClient(SerializationMethods, ParameterMethods, ResponseMethods):
    """Sends operations over one connection pool; use it as a context manager to close the pool."""

    _default: ClassVar[ApiClient | None] = None

    def __init__(
        self,
        configuration: Configuration | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
    ) -> None:
        self.configuration = Configuration.get_default() if configuration is None else configuration
        self.rest_client = rest.RESTClientObject(self.configuration)
        self.default_headers: dict[str, str] = {}
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie
        self._checked_defaults: dict[str, str] = {}
        self.user_agent = f"trieve-py-client/{__version__}/python"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections. The client opens new ones if used again."""
        self.rest_client.close()

    @property
    def user_agent(self) -> str:
        """The ``User-Agent`` header sent with every request."""
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.set_default_header("User-Agent", value)

    def set_default_header(self, header_name: str, header_value: str) -> None:
        """Send this header with every request, unless a call's ``_headers`` says otherwise."""
        merge_headers(self.default_headers, {header_name: header_value}, "default header")

    @classmethod
    def get_default(cls) -> ApiClient:
        """The shared default client, created on first use."""
        if cls._default is None:
            cls._default = ApiClient()
        return cls._default

    @classmethod
    def set_default(cls, default: ApiClient | None) -> None:
        """Make ``default`` the client of every API class created without one."""
        cls._default = default

    def execute(
        self,
        operation: Operation,
        options: RequestOptions,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> ApiResponse[Any]:
        """Send ``operation`` and turn its response into an ``ApiResponse`` or an exception."""
        response = self.send(operation, options, params, body, preload_content=True)
        try:
            return self.response_deserialize(response, operation.response_types)
        except UnauthorizedException as exc:
            if operation.auth and not options.get("_request_auth"):
                keys = self.configuration.api_key
                if not any(keys.get(scheme) for scheme in operation.auth):
                    exc.reason = (
                        f"{exc.reason}; no API key is configured: set {ENV_API_KEY} or "
                        f"configuration.api_key[{operation.auth[0]!r}]"
                    )
            raise
        except ApiException as exc:
            # A 500 or an unreadable answer to an operation that only reads changed nothing.
            if operation.read_only:
                exc.outcome_unknown = False
            raise

    def send(
        self,
        operation: Operation,
        options: RequestOptions,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        *,
        preload_content: bool = False,
    ) -> rest.RESTResponse:
        """Send ``operation`` and return its response, read only with ``preload_content``.

        ``params`` holds the path, query and header parameters by the names the generated
        method gives them; ``None`` leaves an optional one out.
        """
        if operation.deprecated:
            warn_deprecated(operation)
        path_params, query_params, header_params, formats = (
            split_params(operation, params) if params else ({}, [], {}, {})
        )
        headers = request_headers(operation, header_params, body, options)
        host_index, config, host = options.get("_host_index"), self.configuration, None
        # 0, the generated clients' default, means the configured host, as it does there.
        if host_index:
            host = config.get_host_from_settings(host_index, variables=config.server_variables)
        schemes = config.security_schemes
        if not operation.auth_headers.keys() <= schemes.keys():
            # Learnt on first use: a configuration serves packages generated from any spec.
            for scheme, header in operation.auth_headers.items():
                schemes.setdefault(scheme, header)
        method, url, headers, data, _ = self.param_serialize(
            operation.method,
            operation.path,
            path_params=path_params,
            query_params=query_params,
            header_params=headers,
            body=body,
            auth_settings=list(operation.auth),
            collection_formats=formats,
            _host=host,
            _request_auth=options.get("_request_auth"),
        )
        return self.call_api(
            method,
            url,
            headers,
            data,
            _request_timeout=call_timeout(config.timeout, options, operation.read_timeout),
            _preload_content=preload_content,
            _read_only=operation.read_only,
            _not_idempotent=operation.not_idempotent,
        )

    def param_serialize(
        self,
        method: str,
        resource_path: str,
        path_params: Mapping[str, Any] | None = None,
        query_params: list[tuple[str, Any]] | None = None,
        header_params: Mapping[str, str] | None = None,
        body: Any = None,
        post_params: list[tuple[str, Any]] | None = None,
        files: Mapping[str, Any] | None = None,
        auth_settings: list[str] | None = None,
        collection_formats: Mapping[str, str] | None = None,
        _host: str | None = None,
        _request_auth: Mapping[str, Any] | None = None,
    ) -> RequestSerialized:
        """Build ``(method, url, headers, body, post_params)``; the body comes out as JSON bytes.

        Header precedence, lowest first: the client's default headers, the cookie, then
        ``header_params``, then the credentials.
        """
        if files:
            raise ApiValueError("files: the Trieve API takes JSON bodies only")
        # Checked when they change, not on every call: they are the same for every request.
        if self.default_headers != self._checked_defaults:
            merge_headers({}, self.default_headers, "default_headers")
            self._checked_defaults = dict(self.default_headers)
        headers = dict(self.default_headers)
        if self.cookie:
            merge_headers(headers, {"Cookie": self.cookie}, "cookie")
        if header_params:
            merge_headers(headers, header_params)
        if path_params:
            resource_path = fill_path(
                resource_path, path_params, self.configuration.safe_chars_for_path_param
            )
        queries = list(query_params or ())
        self.update_params_for_auth(
            headers, queries, auth_settings, resource_path, method, body, _request_auth
        )
        url = (_host or self.configuration.host) + resource_path
        if queries:
            url = f"{url}?{url_query(queries, collection_formats)}"
        return method, url, headers, encode_body(body), post_params

    def call_api(
        self,
        method: str,
        url: str,
        header_params: Mapping[str, str] | None = None,
        body: Any = None,
        post_params: list[tuple[str, Any]] | None = None,
        _request_timeout: RequestTimeout = None,
        _preload_content: bool = True,
        _read_only: bool = False,
        _not_idempotent: bool = False,
    ) -> rest.RESTResponse:
        """Send a serialized request; every failure raises an ``ApiException`` subclass.
        ``_read_only`` retries a POST like a GET, for an operation that only reads;
        ``_not_idempotent`` retries a PUT or DELETE like a POST, for one that writes again."""
        return self.rest_client.request(
            method,
            url,
            header_params,
            body,
            post_params,
            _request_timeout=_request_timeout,
            _preload_content=_preload_content,
            _read_only=_read_only,
            _not_idempotent=_not_idempotent,
        )

    def update_params_for_auth(
        self,
        headers: dict[str, str],
        queries: list[tuple[str, Any]],
        auth_settings: list[str] | None,
        resource_path: str,
        method: str,
        body: Any,
        request_auth: Mapping[str, Any] | None = None,
    ) -> None:
        """Add credentials: ``request_auth`` when given, else the configured schemes named."""
        if not auth_settings:
            return
        if request_auth:
            apply_auth(headers, request_auth, "_request_auth")
            return
        config = self.configuration
        configured = config.auth_settings()
        sent = False
        for name in auth_settings:
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
