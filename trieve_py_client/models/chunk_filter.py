"""ChunkFilter: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictBool

from trieve_py_client._models import SentModel
from trieve_py_client.models.condition_type import ConditionType


class ChunkFilter(SentModel):
    """Filters is a JSON object which can be used to filter chunks. This is useful for when you want to filter chunks by arbitrary metadata. Unlike with tag filtering, there is a performance hit for filtering on metadata."""

    jsonb_prefilter: StrictBool | None = Field(
        default=None,
        description="JOSNB prefilter tells the server to perform a full scan over the metadata JSONB column instead of using the filtered HNSW. Datasets on the enterprise plan with custom metadata indices will perform better with the filtered HNSW instead. When false, the server will use the filtered HNSW index to filter chunks. When true, the server will perform a full scan over the metadata JSONB column to filter chunks. Default is true.",
    )
    must: list[ConditionType] | None = Field(
        default=None,
        description="All of these field conditions have to match for the chunk to be included in the result set.",
    )
    must_not: list[ConditionType] | None = Field(
        default=None,
        description="None of these field conditions can match for the chunk to be included in the result set.",
    )
    should: list[ConditionType] | None = Field(
        default=None,
        description="Only one of these field conditions has to match for the chunk to be included in the result set.",
    )
