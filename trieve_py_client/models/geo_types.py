"""GeoTypes: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt

from trieve_py_client._models import Int64
from trieve_py_client._unions import OneOfModel


class GeoTypes(OneOfModel[Int64 | StrictFloat | StrictInt]):
    """One of several shapes.

    The value is `actual_instance`.
    """
