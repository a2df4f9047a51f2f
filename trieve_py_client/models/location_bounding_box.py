"""LocationBoundingBox: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel
from trieve_py_client.models.geo_info import GeoInfo


class LocationBoundingBox(SentModel):
    """The LocationBoundingBox schema."""

    bottom_right: GeoInfo = Field(alias="bottom_right")
    top_left: GeoInfo = Field(alias="top_left")
