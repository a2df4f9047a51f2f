"""EventReturn: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import Int32, TrieveModel
from trieve_py_client.models.worker_event import WorkerEvent


class EventReturn(TrieveModel):
    """The EventReturn schema."""

    events: list[WorkerEvent]
    page_count: Int32
