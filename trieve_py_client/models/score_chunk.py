"""ScoreChunk: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.new_chunk_metadata_types import NewChunkMetadataTypes


class ScoreChunk(TrieveModel):
    """The ScoreChunk schema."""

    chunk: NewChunkMetadataTypes
    highlights: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
    score: StrictFloat | StrictInt
