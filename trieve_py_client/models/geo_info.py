"""GeoInfo: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import SentModel
from trieve_py_client.models.geo_types import GeoTypes


class GeoInfo(SentModel):
    """Location that you want to use as the center of the search."""

    lat: GeoTypes
    lon: GeoTypes
