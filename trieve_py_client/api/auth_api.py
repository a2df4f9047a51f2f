"""AuthApi: the operations of the `Auth` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse


class AuthApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Authentication endpoint. Serves to register and authenticate users."""

    @operation(
        "GET /api/auth/callback",
        lambda: {"200": models.SlimUser, "400": models.ErrorResponseBody},
        auth=(),
    )
    def callback(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[models.SlimUser]]:
        """OpenID Connect callback

        This is the callback route for the OAuth provider, it should not be called directly. Redirects to browser with set-cookie header.
        """
        return Call((options, None))

    callback_with_http_info = callback.with_http_info
    callback_without_preload_content = callback.without_preload_content

    @operation(
        "GET /api/auth/me", lambda: {"200": models.SlimUser, "400": models.ErrorResponseBody}
    )
    def get_me(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[models.SlimUser]]:
        """Get Me

        Get the user corresponding to your current auth credentials.
        """
        return Call((options, None))

    get_me_with_http_info = get_me.with_http_info
    get_me_without_preload_content = get_me.without_preload_content

    @operation(
        "GET /api/auth",
        lambda: {"303": None, "400": models.ErrorResponseBody},
        query={
            "organization_id": "organization_id",
            "redirect_uri": "redirect_uri",
            "inv_code": "inv_code",
        },
        auth=(),
    )
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

    @operation("DELETE /api/auth", lambda: {"204": None}, auth=(), accept=None)
    def logout(self, **options: Unpack[RequestOptions]) -> Call[ApiResponse[None]]:
        """Logout

        Invalidate your current auth credential stored typically stored in a cookie. This does not invalidate your API key.
        """
        return Call((options, None))

    logout_with_http_info = logout.with_http_info
    logout_without_preload_content = logout.without_preload_content
