"""UserApi: the operations of the `User` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse


class UserApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """The auth'ed user's api keys and roles."""

    @operation(
        "DELETE /api/user/api_key/{api_key_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody, "default": models.ErrorResponseBody},
    )
    def delete_user_api_key(
        self,
        api_key_id: Annotated[UuidParam, Field(description="The id of the api key to delete")],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete User Api Key

        Delete an api key for the auth'ed user.
        """
        return Call((options, {"api_key_id": api_key_id}))

    delete_user_api_key_with_http_info = delete_user_api_key.with_http_info
    delete_user_api_key_without_preload_content = delete_user_api_key.without_preload_content

    @operation(
        "GET /api/user/api_key",
        lambda: {
            "200": list[models.ApiKeyRespBody],
            "400": models.ErrorResponseBody,
            "default": models.ErrorResponseBody,
        },
    )
    def get_user_api_keys(
        self, **options: Unpack[RequestOptions]
    ) -> Call[ApiResponse[list[models.ApiKeyRespBody]]]:
        """Get User Api Keys

        Get the api keys of the auth'ed user: their ids, names, roles, limits and dates. The key values themselves are never returned; the server keeps only their hashes.
        """
        return Call((options, None))

    get_user_api_keys_with_http_info = get_user_api_keys.with_http_info
    get_user_api_keys_without_preload_content = get_user_api_keys.without_preload_content

    @operation(
        "POST /api/user/api_key",
        lambda: {
            "200": models.SetUserApiKeyResponse,
            "400": models.ErrorResponseBody,
            "default": models.ErrorResponseBody,
        },
    )
    def set_user_api_key(
        self,
        set_user_api_key_request: Annotated[
            models.SetUserApiKeyRequest,
            Field(description="JSON request payload to create a new user api key"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.SetUserApiKeyResponse]]:
        """Set User Api Key

        Create a new api key for the auth'ed user. Successful response will contain the newly created api key. If a write role is assigned the api key will have permission level of the auth'ed user who calls this endpoint.
        """
        return Call((options, None, set_user_api_key_request))

    set_user_api_key_with_http_info = set_user_api_key.with_http_info
    set_user_api_key_without_preload_content = set_user_api_key.without_preload_content

    @operation(
        "PUT /api/user",
        lambda: {"204": None, "400": models.ErrorResponseBody, "default": models.ErrorResponseBody},
    )
    def update_user(
        self,
        update_user_org_role_data: Annotated[
            models.UpdateUserOrgRoleData,
            Field(
                description="JSON request payload to update user information for the auth'ed user"
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Update User

        Update a user's information. If the user_id is not provided, the auth'ed user will be updated. If the user_id is provided, the role of the auth'ed user or api key must be an admin (1) or owner (2) of the organization.
        """
        return Call((options, None, update_user_org_role_data))

    update_user_with_http_info = update_user.with_http_info
    update_user_without_preload_content = update_user.without_preload_content
