"""trieve_py_client: a Python SDK for Trieve API: User endpoints (version 0.11.8 of its API).

Generated from openapi.json. The operations (`api/`) and models (`models/`) are generated; the
client they run on (configuration, transport, errors) is the hand-written core of
`trieve_py_client`. trieve_py_client's README describes both.

The public names load on first use, so importing the package costs almost nothing and a script
pays only for what it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "1.0.0"

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

# Where each public name lives; any other name in __all__ is an exception class of the core.
_HOMES = {
    "UserApi": "trieve_py_client.api.user_api",
    "ApiKeyRespBody": "trieve_py_client.models.api_key_resp_body",
    "ErrorResponseBody": "trieve_py_client.models.error_response_body",
    "SetUserApiKeyRequest": "trieve_py_client.models.set_user_api_key_request",
    "SetUserApiKeyResponse": "trieve_py_client.models.set_user_api_key_response",
    "UpdateUserOrgRoleData": "trieve_py_client.models.update_user_org_role_data",
    "ApiClient": "trieve_py_client.api_client",
    "ApiResponse": "trieve_py_client.api_response",
    "Configuration": "trieve_py_client.configuration",
}

# Submodules that generated clients' users reach as attributes after a bare import.
_SUBMODULES = {
    "api": "trieve_py_client.api",
    "models": "trieve_py_client.models",
    "api_client": "trieve_py_client.api_client",
    "api_response": "trieve_py_client.api_response",
    "configuration": "trieve_py_client.configuration",
    "exceptions": "trieve_py_client.exceptions",
    "rest": "trieve_py_client.rest",
}


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(_SUBMODULES[name])
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    home = _HOMES.get(name, "trieve_py_client.exceptions")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
