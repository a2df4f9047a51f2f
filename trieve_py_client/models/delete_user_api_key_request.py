"""DeleteUserApiKeyRequest: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import TrieveModel


class DeleteUserApiKeyRequest(TrieveModel):
    """The DeleteUserApiKeyRequest schema."""

    api_key_id: StrictStr = Field(description="The id of the api key to delete.")
