"""RecommendationsWithoutClicksCTRResponse: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class RecommendationsWithoutClicksCTRResponse(TrieveModel):
    """The RecommendationsWithoutClicksCTRResponse schema."""

    created_at: StrictStr
    negative_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
    negative_tracking_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
    positive_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
    positive_tracking_ids: Annotated[list[StrictStr] | None, NULLABLE] = Field(default=None)
