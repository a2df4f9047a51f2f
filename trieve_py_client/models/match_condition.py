"""MatchCondition: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt, StrictStr

from trieve_py_client.models._base import Int64
from trieve_py_client.models._union import OneOfModel


class MatchCondition(OneOfModel[StrictStr | Int64 | StrictFloat | StrictInt]):
    """One of several shapes.

    The value is `actual_instance`.
    """
