"""LocationBoundingBox: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import SentModel
from trieve_py_client.models.geo_info import GeoInfo


class LocationBoundingBox(SentModel):
    """The LocationBoundingBox schema."""

    bottom_right: GeoInfo
    top_left: GeoInfo
