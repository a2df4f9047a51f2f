"""GetEventsData: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import Int64, SentModel
from trieve_py_client.models.event_type_request import EventTypeRequest


class GetEventsData(SentModel):
    """The GetEventsData schema."""

    event_types: list[EventTypeRequest] | None = Field(
        default=None,
        description="The types of events to get. Any combination of file_uploaded, chunk_uploaded, chunk_action_failed, chunk_updated, or qdrant_index_failed. Leave undefined to get all events.",
    )
    page: Int64 | None = Field(default=None, description="The page number to get. Default is 1.")
    page_size: Int64 | None = Field(
        default=None, description="The number of items per page. Default is 10."
    )
