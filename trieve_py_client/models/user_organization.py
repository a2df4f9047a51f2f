"""UserOrganization: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import Field

from trieve_py_client.models._base import Int32, TrieveModel, UuidStr


class UserOrganization(TrieveModel):
    """The UserOrganization schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    id: UuidStr = Field(alias="id")
    organization_id: UuidStr = Field(alias="organization_id")
    role: Int32 = Field(alias="role")
    updated_at: datetime.datetime = Field(alias="updated_at")
    user_id: UuidStr = Field(alias="user_id")
