"""RecommendationsWithClicksCTRResponse: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel
from trieve_py_client.models.chunk_metadata import ChunkMetadata


class RecommendationsWithClicksCTRResponse(TrieveModel):
    """The RecommendationsWithClicksCTRResponse schema."""

    clicked_chunks: list[ChunkMetadata] = Field(alias="clicked_chunks")
    created_at: StrictStr = Field(alias="created_at")
    negative_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(
        default=None, alias="negative_ids"
    )
    negative_tracking_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(
        default=None, alias="negative_tracking_ids"
    )
    positions: list[Int32] = Field(alias="positions")
    positive_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(
        default=None, alias="positive_ids"
    )
    positive_tracking_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(
        default=None, alias="positive_tracking_ids"
    )
