"""ChunkReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import AnyJson, SentModel, UuidList
from trieve_py_client.models.full_text_boost import FullTextBoost
from trieve_py_client.models.geo_info import GeoInfo
from trieve_py_client.models.semantic_boost import SemanticBoost


class ChunkReqPayload(SentModel):
    """The ChunkReqPayload schema."""

    chunk_html: StrictStr | None = Field(
        default=None,
        description="HTML content of the chunk. This can also be plaintext. The innerText of the HTML will be used to create the embedding vector. The point of using HTML is for convienience, as some users have applications where users submit HTML content.",
    )
    convert_html_to_text: StrictBool | None = Field(
        default=None,
        description="Convert HTML to raw text before processing to avoid adding noise to the vector embeddings. By default this is true. If you are using HTML content that you want to be included in the vector embeddings, set this to false.",
    )
    fulltext_boost: FullTextBoost | None = Field(default=None)
    group_ids: UuidList | None = Field(
        default=None,
        description="Group ids are the Trieve generated ids of the groups that the chunk should be placed into. This is useful for when you want to create a chunk and add it to a group or multiple groups in one request. Groups with these Trieve generated ids must be created first, it cannot be arbitrarily created through this route.",
    )
    group_tracking_ids: list[StrictStr] | None = Field(
        default=None,
        description="Group tracking_ids are the user-assigned tracking_ids of the groups that the chunk should be placed into. This is useful for when you want to create a chunk and add it to a group or multiple groups in one request. If a group with the tracking_id does not exist, it will be created.",
    )
    image_urls: list[StrictStr] | None = Field(
        default=None,
        description="Image urls are a list of urls to images that are associated with the chunk. This is useful for when you want to associate images with a chunk.",
    )
    link: StrictStr | None = Field(
        default=None,
        description="Link to the chunk. This can also be any string. Frequently, this is a link to the source of the chunk. The link value will not affect the embedding creation.",
    )
    location: GeoInfo | None = Field(default=None)
    metadata: AnyJson | None = Field(
        default=None,
        description="Metadata is a JSON object which can be used to filter chunks. This is useful for when you want to filter chunks by arbitrary metadata. Unlike with tag filtering, there is a performance hit for filtering on metadata.",
    )
    num_value: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Num value is an arbitrary numerical value that can be used to filter chunks. This is useful for when you want to filter chunks by numerical value. There is no performance hit for filtering on num_value.",
    )
    semantic_boost: SemanticBoost | None = Field(default=None)
    semantic_content: StrictStr | None = Field(
        default=None,
        description="If semantic_content is present, it will be used for creating semantic embeddings instead of the innerText `chunk_html`. `chunk_html` will still be the only thing stored and always used for fulltext functionality.",
    )
    split_avg: StrictBool | None = Field(
        default=None,
        description="Split avg is a boolean which tells the server to split the text in the chunk_html into smaller chunks and average their resulting vectors. This is useful for when you want to create a chunk from a large piece of text and want to split it into smaller chunks to create a more fuzzy average dense vector. The sparse vector will be generated normally with no averaging. By default this is false.",
    )
    tag_set: list[StrictStr] | None = Field(
        default=None,
        description="Tag set is a list of tags. This can be used to filter chunks by tag. Unlike with metadata filtering, HNSW indices will exist for each tag such that there is not a performance hit for filtering on them.",
    )
    time_stamp: StrictStr | None = Field(
        default=None,
        description="Time_stamp should be an ISO 8601 combined date and time without timezone. It is used for time window filtering and recency-biasing search results.",
    )
    tracking_id: StrictStr | None = Field(
        default=None,
        description="Tracking_id is a string which can be used to identify a chunk. This is useful for when you are coordinating with an external system and want to use the tracking_id to identify the chunk.",
    )
    upsert_by_tracking_id: StrictBool | None = Field(
        default=None,
        description="Upsert when a chunk with the same tracking_id exists. By default this is false, and the request will fail if a chunk with the same tracking_id exists. If this is true, the chunk will be updated if a chunk with the same tracking_id exists.",
    )
    weight: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Weight is a float which can be used to bias search results. This is useful for when you want to bias search results for a chunk. The magnitude only matters relative to other chunks in the chunk's dataset dataset.",
    )
