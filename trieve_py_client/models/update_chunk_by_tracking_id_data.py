"""UpdateChunkByTrackingIdData: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import AnyJson, SentModel, UuidList


class UpdateChunkByTrackingIdData(SentModel):
    """The UpdateChunkByTrackingIdData schema."""

    chunk_html: StrictStr | None = Field(
        default=None,
        description="HTML content of the chunk you want to update. This can also be plaintext. The innerText of the HTML will be used to create the embedding vector. The point of using HTML is for convienience, as some users have applications where users submit HTML content. If no chunk_html is provided, the existing chunk_html will be used.",
    )
    convert_html_to_text: StrictBool | None = Field(
        default=None,
        description="Convert HTML to raw text before processing to avoid adding noise to the vector embeddings. By default this is true. If you are using HTML content that you want to be included in the vector embeddings, set this to false.",
    )
    group_ids: UuidList | None = Field(
        default=None,
        description="Group ids are the ids of the groups that the chunk should be placed into. This is useful for when you want to update a chunk and add it to a group or multiple groups in one request.",
    )
    group_tracking_ids: list[StrictStr] | None = Field(
        default=None,
        description="Group tracking_ids are the tracking_ids of the groups that the chunk should be placed into. This is useful for when you want to update a chunk and add it to a group or multiple groups in one request.",
    )
    link: StrictStr | None = Field(
        default=None,
        description="Link of the chunk you want to update. This can also be any string. Frequently, this is a link to the source of the chunk. The link value will not affect the embedding creation. If no link is provided, the existing link will be used.",
    )
    metadata: AnyJson | None = Field(
        default=None,
        description="The metadata is a JSON object which can be used to filter chunks. This is useful for when you want to filter chunks by arbitrary metadata. Unlike with tag filtering, there is a performance hit for filtering on metadata. If no metadata is provided, the existing metadata will be used.",
    )
    time_stamp: StrictStr | None = Field(
        default=None,
        description="Time_stamp should be an ISO 8601 combined date and time without timezone. It is used for time window filtering and recency-biasing search results. If no time_stamp is provided, the existing time_stamp will be used.",
    )
    tracking_id: StrictStr = Field(
        description="Tracking_id of the chunk you want to update. This is required to match an existing chunk."
    )
    weight: StrictFloat | StrictInt | None = Field(
        default=None,
        description="Weight is a float which can be used to bias search results. This is useful for when you want to bias search results for a chunk. The magnitude only matters relative to other chunks in the chunk's dataset dataset. If no weight is provided, the existing weight will be used.",
    )
