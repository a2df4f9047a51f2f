"""EventTypesOneOf2: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel
from trieve_py_client.models.chunks_with_positions import ChunksWithPositions


class EventTypesOneOf2(TrieveModel):
    """The EventTypesOneOf2 schema."""

    clicked_items: ChunksWithPositions
    event_name: StrictStr = Field(description="The name of the event")
    event_type: Literal["click"]
    is_conversion: Annotated[StrictBool | None, NULLABLE] = Field(
        default=None, description="Whether the event is a conversion event"
    )
    request_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The request id of the event to associate it with a request"
    )
    user_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The user id of the user who clicked the items"
    )
