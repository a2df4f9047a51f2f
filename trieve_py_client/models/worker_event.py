"""WorkerEvent: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import TrieveModel


class WorkerEvent(TrieveModel):
    """The WorkerEvent schema."""

    created_at: StrictStr = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    event_data: StrictStr = Field(alias="event_data")
    event_type: StrictStr = Field(alias="event_type")
    id: StrictStr = Field(alias="id")
