"""ScoreChunkDTO: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.chunk_metadata_types import ChunkMetadataTypes


class ScoreChunkDTO(TrieveModel):
    """The ScoreChunkDTO schema."""

    highlights: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
    metadata: list[ChunkMetadataTypes]
    score: StrictFloat | StrictInt
