"""RAGUsageResponse: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge

from trieve_py_client._models import Int32, TrieveModel


class RAGUsageResponse(TrieveModel):
    """The RAGUsageResponse schema."""

    total_queries: Annotated[Int32, Ge(0)]
