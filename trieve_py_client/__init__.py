"""trieve_py_client: a Python SDK for the User endpoints of the Trieve API.

A drop-in for the generated ``trieve_py_client``, with timeouts, safe retries, an SDK exception
for every failure and secrets kept out of every output. ``trieve_py_client.testing`` is a local
Trieve-compatible server.

The public names load on first use, so ``import trieve_py_client`` costs almost nothing and a
script pays only for what it touches (benchmarks/README.md has the figures).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from trieve_py_client._version import __version__

if TYPE_CHECKING:
    from trieve_py_client.api.user_api import UserApi
    from trieve_py_client.api_client import ApiClient
    from trieve_py_client.api_response import ApiResponse
    from trieve_py_client.configuration import Configuration
    from trieve_py_client.exceptions import (
        ApiAttributeError,
        ApiConnectionError,
        ApiException,
        ApiKeyError,
        ApiProxyError,
        ApiResponseError,
        ApiTimeoutError,
        ApiTLSError,
        ApiTransportError,
        ApiTypeError,
        ApiValueError,
        BadRequestException,
        ConflictException,
        ForbiddenException,
        NotFoundException,
        OpenApiException,
        ServiceException,
        TooManyRequestsException,
        UnauthorizedException,
        UnprocessableEntityException,
    )
    from trieve_py_client.models.api_key_resp_body import ApiKeyRespBody
    from trieve_py_client.models.error_response_body import ErrorResponseBody
    from trieve_py_client.models.set_user_api_key_request import SetUserApiKeyRequest
    from trieve_py_client.models.set_user_api_key_response import SetUserApiKeyResponse
    from trieve_py_client.models.update_user_org_role_data import UpdateUserOrgRoleData

__all__ = [
    "ApiAttributeError",
    "ApiClient",
    "ApiConnectionError",
    "ApiException",
    "ApiKeyError",
    "ApiKeyRespBody",
    "ApiProxyError",
    "ApiResponse",
    "ApiResponseError",
    "ApiTLSError",
    "ApiTimeoutError",
    "ApiTransportError",
    "ApiTypeError",
    "ApiValueError",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "ErrorResponseBody",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiException",
    "ServiceException",
    "SetUserApiKeyRequest",
    "SetUserApiKeyResponse",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "UpdateUserOrgRoleData",
    "UserApi",
    "__version__",
]

# Where each public name lives; any other name in __all__ is an exception class.
_HOMES = {
    "UserApi": "api.user_api",
    "ApiClient": "api_client",
    "ApiResponse": "api_response",
    "Configuration": "configuration",
    "ApiKeyRespBody": "models.api_key_resp_body",
    "ErrorResponseBody": "models.error_response_body",
    "SetUserApiKeyRequest": "models.set_user_api_key_request",
    "SetUserApiKeyResponse": "models.set_user_api_key_response",
    "UpdateUserOrgRoleData": "models.update_user_org_role_data",
}


# Submodules that generated clients' users reach as attributes after a bare import.
_SUBMODULES = frozenset(
    {"api", "api_client", "api_response", "configuration", "exceptions", "models", "rest"}
)


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"trieve_py_client.{name}")
    if name not in __all__:
        raise AttributeError(f"module 'trieve_py_client' has no attribute {name!r}")
    module = importlib.import_module(f"trieve_py_client.{_HOMES.get(name, 'exceptions')}")
    value = getattr(module, name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
