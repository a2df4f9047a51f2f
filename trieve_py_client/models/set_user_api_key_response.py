"""SetUserApiKeyResponse: the 200 body of ``UserApi.set_user_api_key``."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client.models._base import SECRET, TrieveModel


class SetUserApiKeyResponse(TrieveModel):
    """The newly minted api key. ``repr`` and ``str`` mask it; the attribute holds it."""

    api_key: Annotated[StrictStr, SECRET] = Field(
        description="The new key, the value to send in Authorization. It is shown only once.",
        json_schema_extra={"x-secret": True},
    )
