"""RagQueryResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.rag_query_event import RagQueryEvent


class RagQueryResponse(TrieveModel):
    """The RagQueryResponse schema."""

    queries: list[RagQueryEvent]
