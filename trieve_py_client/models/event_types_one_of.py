"""EventTypesOneOf: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Any, Literal

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class EventTypesOneOf(TrieveModel):
    """The EventTypesOneOf schema."""

    event_name: StrictStr = Field(description="The name of the event")
    event_type: Literal["view"]
    items: list[StrictStr] = Field(description="The items that were viewed")
    metadata: Annotated[Any | None, NULLABLE] = Field(
        default=None, description="Any other metadata associated with the event"
    )
    request_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The request id of the event to associate it with a request"
    )
    user_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The user id of the user who viewed the items"
    )
