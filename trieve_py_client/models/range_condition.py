"""RangeCondition: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt

from trieve_py_client._models import Int64
from trieve_py_client._unions import OneOfModel


class RangeCondition(OneOfModel[StrictFloat | StrictInt | Int64]):
    """One of several shapes.

    The value is `actual_instance`.
    """
