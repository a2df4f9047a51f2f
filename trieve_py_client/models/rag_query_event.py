"""RagQueryEvent: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.chunk_metadata_string_tag_set import ChunkMetadataStringTagSet


class RagQueryEvent(TrieveModel):
    """The RagQueryEvent schema."""

    created_at: StrictStr = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    id: StrictStr = Field(alias="id")
    rag_type: StrictStr = Field(alias="rag_type")
    results: list[ChunkMetadataStringTagSet] = Field(alias="results")
    search_id: StrictStr = Field(alias="search_id")
    user_id: StrictStr = Field(alias="user_id")
    user_message: StrictStr = Field(alias="user_message")
