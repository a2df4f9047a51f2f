"""EventTypesOneOf4: generated from the schema of the same name in openapi.json."""

from typing import Annotated, Literal

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class EventTypesOneOf4(TrieveModel):
    """The EventTypesOneOf4 schema."""

    event_name: StrictStr = Field(description="The name of the event")
    event_type: Literal["filter_clicked"]
    is_conversion: Annotated[StrictBool | None, NULLABLE] = Field(
        default=None, description="Whether the event is a conversion event"
    )
    items: dict[str, StrictStr] = Field(
        description="The filter items that were clicked in a hashmap ie. {filter_name: filter_value} where filter_name is filter_type::field_name"
    )
    request_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The request id of the event to associate it with a request"
    )
    user_id: Annotated[StrictStr | None, NULLABLE] = Field(
        default=None, description="The user id of the user who clicked the items"
    )
