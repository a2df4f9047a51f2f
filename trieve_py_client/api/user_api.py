"""UserApi: the operations of the `User` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes. Its three variants are
one call each: `x_with_http_info` returns an `ApiResponse`, `x` its `.data`, and
`x_without_preload_content` the unread urllib3 response. Every variant takes the per-call options
of `RequestOptions` and validates its arguments before anything is sent.
"""

from __future__ import annotations

from typing import Annotated

import urllib3
from pydantic import Field
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import ApiClient, Operation, Parameter, RequestOptions, validated
from trieve_py_client.api_response import ApiResponse

DELETE_USER_API_KEY = Operation(
    method="DELETE",
    path="/api/user/api_key/{api_key_id}",
    responses=lambda: {
        "204": None,
        "400": models.ErrorResponseBody,
        "default": models.ErrorResponseBody,
    },
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("api_key_id", "path", "api_key_id"),),
    name="delete_user_api_key",
)
GET_USER_API_KEYS = Operation(
    method="GET",
    path="/api/user/api_key",
    responses=lambda: {
        "200": list[models.ApiKeyRespBody],
        "400": models.ErrorResponseBody,
        "default": models.ErrorResponseBody,
    },
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    name="get_user_api_keys",
)
SET_USER_API_KEY = Operation(
    method="POST",
    path="/api/user/api_key",
    responses=lambda: {
        "200": models.SetUserApiKeyResponse,
        "400": models.ErrorResponseBody,
        "default": models.ErrorResponseBody,
    },
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    name="set_user_api_key",
)
UPDATE_USER = Operation(
    method="PUT",
    path="/api/user",
    responses=lambda: {
        "204": None,
        "400": models.ErrorResponseBody,
        "default": models.ErrorResponseBody,
    },
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    name="update_user",
)


class UserApi:
    """The auth'ed user's api keys and roles."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client

    @validated
    def delete_user_api_key(
        self,
        api_key_id: Annotated[UuidParam, Field(description="The id of the api key to delete")],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete User Api Key

        Delete an api key for the auth'ed user.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            DELETE_USER_API_KEY, options, {"api_key_id": api_key_id}
        )
        return response.data

    @validated
    def delete_user_api_key_with_http_info(
        self,
        api_key_id: Annotated[UuidParam, Field(description="The id of the api key to delete")],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Delete User Api Key, returning status, headers and data."""
        return self.api_client.execute(DELETE_USER_API_KEY, options, {"api_key_id": api_key_id})

    @validated
    def delete_user_api_key_without_preload_content(
        self,
        api_key_id: Annotated[UuidParam, Field(description="The id of the api key to delete")],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Delete User Api Key, returning the unread response."""
        return self.api_client.send(
            DELETE_USER_API_KEY, options, {"api_key_id": api_key_id}
        ).response

    @validated
    def get_user_api_keys(self, **options: Unpack[RequestOptions]) -> list[models.ApiKeyRespBody]:
        """Get User Api Keys

        Get the api keys of the auth'ed user: their ids, names, roles, limits and dates. The key values themselves are never returned; the server keeps only their hashes.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[list[models.ApiKeyRespBody]] = self.api_client.execute(
            GET_USER_API_KEYS, options
        )
        return response.data

    @validated
    def get_user_api_keys_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[list[models.ApiKeyRespBody]]:
        """Get User Api Keys, returning status, headers and data."""
        return self.api_client.execute(GET_USER_API_KEYS, options)

    @validated
    def get_user_api_keys_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> urllib3.BaseHTTPResponse:
        """Get User Api Keys, returning the unread response."""
        return self.api_client.send(GET_USER_API_KEYS, options).response

    @validated
    def set_user_api_key(
        self,
        set_user_api_key_request: Annotated[
            models.SetUserApiKeyRequest,
            Field(description="JSON request payload to create a new user api key"),
        ],
        **options: Unpack[RequestOptions],
    ) -> models.SetUserApiKeyResponse:
        """Set User Api Key

        Create a new api key for the auth'ed user. Successful response will contain the newly created api key. If a write role is assigned the api key will have permission level of the auth'ed user who calls this endpoint.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.SetUserApiKeyResponse] = self.api_client.execute(
            SET_USER_API_KEY, options, body=set_user_api_key_request
        )
        return response.data

    @validated
    def set_user_api_key_with_http_info(
        self,
        set_user_api_key_request: Annotated[
            models.SetUserApiKeyRequest,
            Field(description="JSON request payload to create a new user api key"),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.SetUserApiKeyResponse]:
        """Set User Api Key, returning status, headers and data."""
        return self.api_client.execute(SET_USER_API_KEY, options, body=set_user_api_key_request)

    @validated
    def set_user_api_key_without_preload_content(
        self,
        set_user_api_key_request: Annotated[
            models.SetUserApiKeyRequest,
            Field(description="JSON request payload to create a new user api key"),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Set User Api Key, returning the unread response."""
        return self.api_client.send(
            SET_USER_API_KEY, options, body=set_user_api_key_request
        ).response

    @validated
    def update_user(
        self,
        update_user_org_role_data: Annotated[
            models.UpdateUserOrgRoleData,
            Field(
                description="JSON request payload to update user information for the auth'ed user"
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update User

        Update a user's information. If the user_id is not provided, the auth'ed user will be updated. If the user_id is provided, the role of the auth'ed user or api key must be an admin (1) or owner (2) of the organization.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            UPDATE_USER, options, body=update_user_org_role_data
        )
        return response.data

    @validated
    def update_user_with_http_info(
        self,
        update_user_org_role_data: Annotated[
            models.UpdateUserOrgRoleData,
            Field(
                description="JSON request payload to update user information for the auth'ed user"
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Update User, returning status, headers and data."""
        return self.api_client.execute(UPDATE_USER, options, body=update_user_org_role_data)

    @validated
    def update_user_without_preload_content(
        self,
        update_user_org_role_data: Annotated[
            models.UpdateUserOrgRoleData,
            Field(
                description="JSON request payload to update user information for the auth'ed user"
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Update User, returning the unread response."""
        return self.api_client.send(UPDATE_USER, options, body=update_user_org_role_data).response
