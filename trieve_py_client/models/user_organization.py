"""UserOrganization: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, TrieveModel


class UserOrganization(TrieveModel):
    """The UserOrganization schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    id: StrictStr = Field(alias="id")
    organization_id: StrictStr = Field(alias="organization_id")
    role: Int32 = Field(alias="role")
    updated_at: datetime.datetime = Field(alias="updated_at")
    user_id: StrictStr = Field(alias="user_id")
