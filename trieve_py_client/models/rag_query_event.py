"""RagQueryEvent: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.chunk_metadata_string_tag_set import ChunkMetadataStringTagSet


class RagQueryEvent(TrieveModel):
    """The RagQueryEvent schema."""

    created_at: StrictStr
    dataset_id: StrictStr
    id: StrictStr
    rag_type: StrictStr
    results: list[ChunkMetadataStringTagSet]
    search_id: StrictStr
    user_id: StrictStr
    user_message: StrictStr
