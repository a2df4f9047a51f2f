"""The models, one module per schema of openapi.json."""

from trieve_py_client.models.api_key_resp_body import ApiKeyRespBody
from trieve_py_client.models.error_response_body import ErrorResponseBody
from trieve_py_client.models.set_user_api_key_request import SetUserApiKeyRequest
from trieve_py_client.models.set_user_api_key_response import SetUserApiKeyResponse
from trieve_py_client.models.update_user_org_role_data import UpdateUserOrgRoleData

__all__ = [
    "ApiKeyRespBody",
    "ErrorResponseBody",
    "SetUserApiKeyRequest",
    "SetUserApiKeyResponse",
    "UpdateUserOrgRoleData",
]
