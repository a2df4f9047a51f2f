"""EventTypes: generated from the schema of the same name in openapi.json."""

from __future__ import annotations

from typing import Annotated

from pydantic import Tag

from trieve_py_client.models._base import OneOfModel, by_property
from trieve_py_client.models.event_types_one_of import EventTypesOneOf
from trieve_py_client.models.event_types_one_of1 import EventTypesOneOf1
from trieve_py_client.models.event_types_one_of2 import EventTypesOneOf2
from trieve_py_client.models.event_types_one_of3 import EventTypesOneOf3
from trieve_py_client.models.event_types_one_of4 import EventTypesOneOf4


class EventTypes(
    OneOfModel[
        Annotated[
            Annotated[EventTypesOneOf, Tag("EventTypes_oneOf")]
            | Annotated[EventTypesOneOf1, Tag("EventTypes_oneOf_1")]
            | Annotated[EventTypesOneOf2, Tag("EventTypes_oneOf_2")]
            | Annotated[EventTypesOneOf3, Tag("EventTypes_oneOf_3")]
            | Annotated[EventTypesOneOf4, Tag("EventTypes_oneOf_4")],
            by_property("event_type"),
        ]
    ]
):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `event_type`.
    """
