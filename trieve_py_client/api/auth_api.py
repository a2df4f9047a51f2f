"""AuthApi: the operations of the `Auth` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes. Its three variants are
one call each: `x_with_http_info` returns an `ApiResponse`, `x` its `.data`, and
`x_without_preload_content` the unread urllib3 response. Every variant takes the per-call options
of `RequestOptions` and validates its arguments before anything is sent.
"""

from __future__ import annotations

from typing import Annotated

import urllib3
from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import ApiClient, Operation, Parameter, RequestOptions, validated
from trieve_py_client.api_response import ApiResponse

CALLBACK = Operation(
    method="GET",
    path="/api/auth/callback",
    responses=lambda: {"200": models.SlimUser, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=(),
    name="callback",
)
GET_ME = Operation(
    method="GET",
    path="/api/auth/me",
    responses=lambda: {"200": models.SlimUser, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    name="get_me",
)
LOGIN = Operation(
    method="GET",
    path="/api/auth",
    responses=lambda: {"303": None, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=(),
    params=(
        Parameter("organization_id", "query", "organization_id"),
        Parameter("redirect_uri", "query", "redirect_uri"),
        Parameter("inv_code", "query", "inv_code"),
    ),
    name="login",
)
LOGOUT = Operation(
    method="DELETE",
    path="/api/auth",
    responses=lambda: {"204": None},
    accept=None,
    auth=(),
    name="logout",
)


class AuthApi:
    """Authentication endpoint. Serves to register and authenticate users."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client

    @validated
    def callback(self, **options: Unpack[RequestOptions]) -> models.SlimUser:
        """OpenID Connect callback

        This is the callback route for the OAuth provider, it should not be called directly. Redirects to browser with set-cookie header.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.SlimUser] = self.api_client.execute(CALLBACK, options)
        return response.data

    @validated
    def callback_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[models.SlimUser]:
        """OpenID Connect callback, returning status, headers and data."""
        return self.api_client.execute(CALLBACK, options)

    @validated
    def callback_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> urllib3.BaseHTTPResponse:
        """OpenID Connect callback, returning the unread response."""
        return self.api_client.send(CALLBACK, options).response

    @validated
    def get_me(self, **options: Unpack[RequestOptions]) -> models.SlimUser:
        """Get Me

        Get the user corresponding to your current auth credentials.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.SlimUser] = self.api_client.execute(GET_ME, options)
        return response.data

    @validated
    def get_me_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[models.SlimUser]:
        """Get Me, returning status, headers and data."""
        return self.api_client.execute(GET_ME, options)

    @validated
    def get_me_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> urllib3.BaseHTTPResponse:
        """Get Me, returning the unread response."""
        return self.api_client.send(GET_ME, options).response

    @validated
    def login(
        self,
        organization_id: Annotated[
            UuidParam | None, Field(description="ID of organization to authenticate into")
        ] = None,
        redirect_uri: Annotated[
            StrictStr | None, Field(description="URL to redirect to after successful login")
        ] = None,
        inv_code: Annotated[
            UuidParam | None,
            Field(
                description="Code sent via email as a result of successful call to send_invitation"
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Login

        This will redirect you to the OAuth provider for authentication with email/pass, SSO, Google, Github, etc.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            LOGIN,
            options,
            {
                "organization_id": organization_id,
                "redirect_uri": redirect_uri,
                "inv_code": inv_code,
            },
        )
        return response.data

    @validated
    def login_with_http_info(
        self,
        organization_id: Annotated[
            UuidParam | None, Field(description="ID of organization to authenticate into")
        ] = None,
        redirect_uri: Annotated[
            StrictStr | None, Field(description="URL to redirect to after successful login")
        ] = None,
        inv_code: Annotated[
            UuidParam | None,
            Field(
                description="Code sent via email as a result of successful call to send_invitation"
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Login, returning status, headers and data."""
        return self.api_client.execute(
            LOGIN,
            options,
            {
                "organization_id": organization_id,
                "redirect_uri": redirect_uri,
                "inv_code": inv_code,
            },
        )

    @validated
    def login_without_preload_content(
        self,
        organization_id: Annotated[
            UuidParam | None, Field(description="ID of organization to authenticate into")
        ] = None,
        redirect_uri: Annotated[
            StrictStr | None, Field(description="URL to redirect to after successful login")
        ] = None,
        inv_code: Annotated[
            UuidParam | None,
            Field(
                description="Code sent via email as a result of successful call to send_invitation"
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Login, returning the unread response."""
        return self.api_client.send(
            LOGIN,
            options,
            {
                "organization_id": organization_id,
                "redirect_uri": redirect_uri,
                "inv_code": inv_code,
            },
        ).response

    @validated
    def logout(self, **options: Unpack[RequestOptions]) -> None:
        """Logout

        Invalidate your current auth credential stored typically stored in a cookie. This does not invalidate your API key.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(LOGOUT, options)
        return response.data

    @validated
    def logout_with_http_info(self, **options: Unpack[RequestOptions]) -> ApiResponse[None]:
        """Logout, returning status, headers and data."""
        return self.api_client.execute(LOGOUT, options)

    @validated
    def logout_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> urllib3.BaseHTTPResponse:
        """Logout, returning the unread response."""
        return self.api_client.send(LOGOUT, options).response
