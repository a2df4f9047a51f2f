"""LocationPolygon: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel
from trieve_py_client.models.geo_info import GeoInfo


class LocationPolygon(SentModel):
    """The LocationPolygon schema."""

    exterior: list[GeoInfo]
    interior: list[list[GeoInfo]] | None = Field(default=None)
