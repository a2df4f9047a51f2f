"""AuthQuery: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class AuthQuery(TrieveModel):
    """The AuthQuery schema."""

    inv_code: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None,
        description="Code sent via email as a result of successful call to send_invitation",
    )
    organization_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="ID of organization to authenticate into"
    )
    redirect_uri: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="URL to redirect to after successful login"
    )
