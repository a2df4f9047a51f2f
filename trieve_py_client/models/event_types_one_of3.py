"""EventTypesOneOf3: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class EventTypesOneOf3(TrieveModel):
    """The EventTypesOneOf3 schema."""

    currency: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The currency of the purchase"
    )
    event_name: StrictStr = Field(description="The name of the event")
    event_type: Literal["purchase"]
    is_conversion: Annotated[StrictBool | None, NULLABLE] = Field(
        default=None, description="Whether the event is a conversion event"
    )
    items: list[StrictStr] = Field(description="The items that were purchased")
    request_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The request id of the event to associate it with a request"
    )
    user_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The user id of the user who purchased the items"
    )
    value: Annotated[StrictFloat | StrictInt | None, NULLABLE] = Field(
        default=None, description="The value of the purchase"
    )
