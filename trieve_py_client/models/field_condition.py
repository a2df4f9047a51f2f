"""FieldCondition: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel
from trieve_py_client.models.date_range import DateRange
from trieve_py_client.models.location_bounding_box import LocationBoundingBox
from trieve_py_client.models.location_polygon import LocationPolygon
from trieve_py_client.models.location_radius import LocationRadius
from trieve_py_client.models.match_condition import MatchCondition
from trieve_py_client.models.range import Range


class FieldCondition(SentModel):
    """The FieldCondition schema."""

    date_range: DateRange | None = Field(default=None)
    field: StrictStr = Field(
        description="Field is the name of the field to filter on. The field value will be used to check for an exact substring match on the metadata values for each existing chunk. This is useful for when you want to filter chunks by arbitrary metadata. To access fields inside of the metadata that you provide with the card, prefix the field name with `metadata.`."
    )
    geo_bounding_box: LocationBoundingBox | None = Field(default=None)
    geo_polygon: LocationPolygon | None = Field(default=None)
    geo_radius: LocationRadius | None = Field(default=None)
    match_all: list[MatchCondition] | None = Field(
        default=None,
        description="Match all lets you pass in an array of values that will return results if all of the items match. The match value will be used to check for an exact substring match on the metadata values for each existing chunk. If both match_all and match_any are provided, the match_any condition will be used.",
    )
    match_any: list[MatchCondition] | None = Field(
        default=None,
        description="Match any lets you pass in an array of values that will return results if any of the items match. The match value will be used to check for an exact substring match on the metadata values for each existing chunk. If both match_all and match_any are provided, the match_any condition will be used.",
    )
    range: Range | None = Field(default=None)
