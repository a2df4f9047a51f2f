"""UpdateUserOrgRoleData: the body of ``UserApi.update_user``."""

from __future__ import annotations

from pydantic import Field

from trieve_py_client.models._base import Int32, TrieveModel, UuidStr


class UpdateUserOrgRoleData(TrieveModel):
    """JSON request payload to update user information for the auth'ed user."""

    organization_id: UuidStr = Field(description="Organization in which the role changes.")
    role: Int32 = Field(
        description="0 user, 1 admin, 2 owner; may not exceed the caller's own role there."
    )
    user_id: UuidStr | None = Field(
        default=None,
        description="User to change; absent means the caller. Changing another user needs the "
        "caller to be an admin (1) or owner (2) of the organization.",
    )
