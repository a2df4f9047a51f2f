"""RecommendResponseTypes: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.chunk_metadata_with_score import ChunkMetadataWithScore
from trieve_py_client.models.recommend_chunks_response_body import RecommendChunksResponseBody


class RecommendResponseTypes(
    OneOfModel[RecommendChunksResponseBody | list[ChunkMetadataWithScore]]
):
    """One of several shapes.

    The value is `actual_instance`.
    """
