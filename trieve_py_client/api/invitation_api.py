"""InvitationApi: the operations of the `Invitation` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse


class InvitationApi(
    ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}
):
    """Invitation endpoint. Exists to invite users to an organization."""

    @operation(
        "POST /api/invitation",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
    def post_invitation(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        invitation_data: Annotated[
            models.InvitationData, Field(description="JSON request payload to send an invitation")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Send Invitation

        Invitations act as a way to invite users to join an organization. After a user is invited, they will automatically be added to the organization with the role specified in the invitation once they set their. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tr_organization": tr_organization}, invitation_data))

    post_invitation_with_http_info = post_invitation.with_http_info
    post_invitation_without_preload_content = post_invitation.without_preload_content
