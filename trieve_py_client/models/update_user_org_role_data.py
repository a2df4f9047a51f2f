"""UpdateUserOrgRoleData: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge, Le
from pydantic import Field

from trieve_py_client._models import Int32, SentModel, UuidStr


class UpdateUserOrgRoleData(SentModel):
    """JSON request payload to update user information for the auth'ed user."""

    organization_id: UuidStr = Field(description="Organization in which the role changes.")
    role: Annotated[Int32, Ge(0), Le(2)] = Field(
        description="0 user, 1 admin, 2 owner; may not exceed the caller's own role there."
    )
    user_id: UuidStr | None = Field(
        default=None,
        description="User to change; absent means the caller. Changing another user needs the caller to be an admin (1) or owner (2) of the organization.",
    )
