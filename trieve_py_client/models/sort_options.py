"""SortOptions: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictBool, StrictFloat, StrictInt

from trieve_py_client._models import SentModel
from trieve_py_client.models.geo_info_with_bias import GeoInfoWithBias
from trieve_py_client.models.qdrant_sort_by import QdrantSortBy


class SortOptions(SentModel):
    """Sort Options lets you specify different methods to rerank the chunks in the result set. If not specified, this defaults to the score of the chunks."""

    location_bias: GeoInfoWithBias | None = Field(default=None)
    sort_by: QdrantSortBy | None = Field(default=None)
    tag_weights: dict[str, StrictFloat | StrictInt] | None = Field(
        default=None,
        description="Tag weights is a JSON object which can be used to boost the ranking of chunks with certain tags. This is useful for when you want to be able to bias towards chunks with a certain tag on the fly. The keys are the tag names and the values are the weights.",
    )
    use_weights: StrictBool | None = Field(
        default=None,
        description="Set use_weights to true to use the weights of the chunks in the result set in order to sort them. If not specified, this defaults to true.",
    )
