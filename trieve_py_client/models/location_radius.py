"""LocationRadius: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt

from trieve_py_client._models import SentModel
from trieve_py_client.models.geo_info import GeoInfo


class LocationRadius(SentModel):
    """The LocationRadius schema."""

    center: GeoInfo
    radius: StrictFloat | StrictInt
