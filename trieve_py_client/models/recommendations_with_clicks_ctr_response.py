"""RecommendationsWithClicksCTRResponse: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel
from trieve_py_client.models.chunk_metadata import ChunkMetadata


class RecommendationsWithClicksCTRResponse(TrieveModel):
    """The RecommendationsWithClicksCTRResponse schema."""

    clicked_chunks: list[ChunkMetadata]
    created_at: StrictStr
    negative_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
    negative_tracking_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
    positions: list[Int32]
    positive_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
    positive_tracking_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
