"""trieve_py_client: a Python SDK for the User endpoints of the Trieve API.

Drop-in for the generated ``trieve_py_client``, with timeouts, safe retries, an SDK exception for
every failure and secrets kept out of every output. ``trieve_py_client.testing`` (imported only
on demand) is a local Trieve-compatible server.
"""

from trieve_py_client._version import __version__
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
