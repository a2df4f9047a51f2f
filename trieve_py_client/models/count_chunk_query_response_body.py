"""CountChunkQueryResponseBody: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge

from trieve_py_client._models import Int32, TrieveModel


class CountChunkQueryResponseBody(TrieveModel):
    """The CountChunkQueryResponseBody schema."""

    count: Annotated[Int32, Ge(0)]
