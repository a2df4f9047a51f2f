"""CreateSetupCheckoutSessionResPayload: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import SECRET, TrieveModel


class CreateSetupCheckoutSessionResPayload(TrieveModel):
    """The CreateSetupCheckoutSessionResPayload schema."""

    url: Annotated[StrictStr, SECRET] = Field(json_schema_extra={"x-secret": True})
