"""EventTypes: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.event_types_one_of import EventTypesOneOf
from trieve_py_client.models.event_types_one_of1 import EventTypesOneOf1
from trieve_py_client.models.event_types_one_of2 import EventTypesOneOf2
from trieve_py_client.models.event_types_one_of3 import EventTypesOneOf3
from trieve_py_client.models.event_types_one_of4 import EventTypesOneOf4


class EventTypes(
    OneOfModel[
        EventTypesOneOf | EventTypesOneOf1 | EventTypesOneOf2 | EventTypesOneOf3 | EventTypesOneOf4
    ]
):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `event_type`.
    """
