"""The client: runs the stages of a call in order. An operation, its arguments and the
configuration are built into a request (``_build``), sent (``_send``, through the transport in
``rest``), and its answer read into a model or an exception (``_read``).

The generated clients' helpers (``param_serialize``, ``call_api``, ``response_deserialize``,
``sanitize_for_serialization``, ``deserialize``, ...) stay, for code that calls them, as adapters
over the same stages; a call of an operation does not go through them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from typing_extensions import Self

from trieve_py_client import rest
from trieve_py_client._build import add_credentials, build, target
from trieve_py_client._headers import merge_headers
from trieve_py_client._operation import Operation, Parameter, RequestOptions, RequestTimeout
from trieve_py_client._parameters import query_pairs, url_query
from trieve_py_client._read import read
from trieve_py_client._send import send
from trieve_py_client._serialization import (
    NATIVE_TYPES,
    PRIMITIVE_TYPES,
    encode_body,
    parse_text,
    prefer_json,
    sanitize,
    to_type,
)
from trieve_py_client._validation import validated
from trieve_py_client._version import __version__
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.configuration import ENV_API_KEY, Configuration
from trieve_py_client.exceptions import ApiValueError, UnauthorizedException

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


class ApiClient:
    """Sends operations over one connection pool; use it as a context manager to close the pool."""

    _default: ClassVar[ApiClient | None] = None
    PRIMITIVE_TYPES: ClassVar[tuple[type, ...]] = PRIMITIVE_TYPES
    NATIVE_TYPES_MAPPING: ClassVar[Mapping[str, type]] = NATIVE_TYPES

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
        """Call ``operation``: build the request, send it, and read its answer into an
        ``ApiResponse``, or raise the exception it calls for.

        ``params`` holds the path, query and header parameters by the names the generated
        method gives them; ``None`` leaves an optional one out.
        """
        request = build(self, operation, options, params, body, preload=True)
        try:
            return read(send(self.rest_client, request), operation.response_types)
        except UnauthorizedException as exc:
            if operation.auth and not options.get("_request_auth"):
                keys = self.configuration.api_key
                if not any(keys.get(scheme) for scheme in operation.auth):
                    exc.reason = (
                        f"{exc.reason}; no API key is configured: set {ENV_API_KEY} or "
                        f"configuration.api_key[{operation.auth[0]!r}]"
                    )
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
        """Send ``operation`` and return its response, read only with ``preload_content``."""
        request = build(self, operation, options, params, body, preload=preload_content)
        return send(self.rest_client, request)

    # The generated clients' helpers, over the same stages.

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
        """Build ``(method, url, headers, body, post_params)``; the body comes out as JSON bytes."""
        if files:
            raise ApiValueError("files: the Trieve API takes JSON bodies only")
        url, headers = target(
            self,
            method,
            resource_path,
            path_params,
            list(query_params or ()),
            header_params,
            auth_settings,
            collection_formats,
            _host,
            _request_auth,
        )
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

    def response_deserialize(
        self,
        response_data: rest.RESTResponse,
        response_types_map: Mapping[str, Any] | None = None,
    ) -> ApiResponse[Any]:
        """Parse a read response by its status; an error status raises its ``ApiException``."""
        return read(response_data, response_types_map or {})

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
        if auth_settings:
            add_credentials(self.configuration, headers, auth_settings, request_auth)

    def deserialize(
        self, response_text: str, response_type: Any, content_type: str | None = None
    ) -> Any:
        """Turn a body into ``response_type``: a type (a model class, ``list[Model]``) or a
        type name such as ``"datetime"``, ``"List[str]"`` or ``"ApiKeyRespBody"``."""
        return to_type(parse_text(response_text, content_type), response_type)

    def sanitize_for_serialization(self, obj: Any) -> Any:
        """Turn models, dates, UUIDs and containers into JSON-ready Python values."""
        return sanitize(obj)

    def select_header_accept(self, accepts: list[str]) -> str | None:
        """The JSON media type among ``accepts``, else the first; None for an empty list."""
        return prefer_json(accepts)

    def select_header_content_type(self, content_types: list[str]) -> str | None:
        """The JSON media type among ``content_types``, else the first; None if empty."""
        return prefer_json(content_types)

    def parameters_to_tuples(
        self,
        params: Mapping[str, Any] | list[tuple[str, Any]],
        collection_formats: Mapping[str, str] | None,
    ) -> list[tuple[str, str]]:
        """``params`` as (name, text) pairs, each list as its collection format says."""
        return query_pairs(_pairs(params), collection_formats)

    def parameters_to_url_query(
        self,
        params: Mapping[str, Any] | list[tuple[str, Any]],
        collection_formats: Mapping[str, str] | None,
    ) -> str:
        """``params`` as a query string (``a=Hello%20World&b=123``)."""
        return url_query(_pairs(params), collection_formats)


def _pairs(params: Mapping[str, Any] | list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return list(params.items()) if isinstance(params, Mapping) else list(params)
