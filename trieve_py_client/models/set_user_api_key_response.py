"""SetUserApiKeyResponse: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import SECRET, TrieveModel


class SetUserApiKeyResponse(TrieveModel):
    """The newly minted api key, shown only in this response."""

    api_key: Annotated[StrictStr, SECRET] = Field(
        description="The new key, the value to send in Authorization. It is shown only once.",
        json_schema_extra={"x-secret": True},
    )
