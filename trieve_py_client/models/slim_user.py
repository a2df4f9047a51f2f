"""SlimUser: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.organization import Organization
from trieve_py_client.models.user_organization import UserOrganization


class SlimUser(TrieveModel):
    """The SlimUser schema."""

    email: StrictStr
    id: StrictStr
    name: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    orgs: list[Organization]
    user_orgs: list[UserOrganization]
