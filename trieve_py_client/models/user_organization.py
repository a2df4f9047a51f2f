"""UserOrganization: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import StrictStr

from trieve_py_client._models import Int32, TrieveModel


class UserOrganization(TrieveModel):
    """The UserOrganization schema."""

    created_at: datetime.datetime
    id: StrictStr
    organization_id: StrictStr
    role: Int32
    updated_at: datetime.datetime
    user_id: StrictStr
