"""AuthApi: the operations of the `Auth` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes, and one method that
gathers a call of it; `variants` makes its three variants from that method: `x_with_http_info`
returns an `ApiResponse`, `x` its `.data`, and `x_without_preload_content` the unread urllib3
response. Every variant takes the per-call options of `RequestOptions` and validates its
arguments before anything is sent.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, variants
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import Operation, Parameter, RequestOptions
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


class AuthApi(ApiBase):
    """Authentication endpoint. Serves to register and authenticate users."""

    _security_schemes = (
        ("ApiKey", "Authorization"),
        ("X-API-KEY", "X-API-KEY"),
    )

    @variants
    def callback(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[models.SlimUser]]:
        """OpenID Connect callback

        This is the callback route for the OAuth provider, it should not be called directly. Redirects to browser with set-cookie header.
        """
        return Call((CALLBACK, options))

    callback_with_http_info = callback.with_http_info
    callback_without_preload_content = callback.without_preload_content

    @variants
    def get_me(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[models.SlimUser]]:
        """Get Me

        Get the user corresponding to your current auth credentials.
        """
        return Call((GET_ME, options))

    get_me_with_http_info = get_me.with_http_info
    get_me_without_preload_content = get_me.without_preload_content

    @variants
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
    ) -> Call[ApiResponse[None]]:
        """Login

        This will redirect you to the OAuth provider for authentication with email/pass, SSO, Google, Github, etc.
        """
        return Call(
            (
                LOGIN,
                options,
                {
                    "organization_id": organization_id,
                    "redirect_uri": redirect_uri,
                    "inv_code": inv_code,
                },
            )
        )

    login_with_http_info = login.with_http_info
    login_without_preload_content = login.without_preload_content

    @variants
    def logout(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[None]]:
        """Logout

        Invalidate your current auth credential stored typically stored in a cookie. This does not invalidate your API key.
        """
        return Call((LOGOUT, options))

    logout_with_http_info = logout.with_http_info
    logout_without_preload_content = logout.without_preload_content
