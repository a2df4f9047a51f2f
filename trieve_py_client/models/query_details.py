"""QueryDetails: generated from the schema of the same name in openapi.json."""

from typing import Literal

from pydantic import StrictStr

from trieve_py_client._models import TrieveModel


class QueryDetails(TrieveModel):
    """The QueryDetails schema."""

    search_id: StrictStr
    type: Literal["query_details"]
