"""GeoInfoWithBias: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictFloat, StrictInt

from trieve_py_client._models import SentModel
from trieve_py_client.models.geo_info import GeoInfo


class GeoInfoWithBias(SentModel):
    """Location bias lets you rank your results by distance from a location. If not specified, this has no effect. Bias allows you to determine how much of an effect the location of chunks will have on the search results. If not specified, this defaults to 0.0. We recommend setting this to 1.0 for a gentle reranking of the results, >3.0 for a strong reranking of the results."""

    bias: StrictFloat | StrictInt = Field(
        description="Bias lets you specify how much of an effect the location of chunks will have on the search results. If not specified, this defaults to 0.0. We recommend setting this to 1.0 for a gentle reranking of the results, >3.0 for a strong reranking of the results."
    )
    location: GeoInfo
