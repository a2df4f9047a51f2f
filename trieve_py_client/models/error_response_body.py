"""ErrorResponseBody: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import TrieveModel


class ErrorResponseBody(TrieveModel):
    """Why the server refused a request."""

    message: StrictStr = Field(description="A human-readable reason, such as 'Unauthorized'.")
