"""WorkerEvent: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import TrieveModel


class WorkerEvent(TrieveModel):
    """The WorkerEvent schema."""

    created_at: StrictStr
    dataset_id: StrictStr
    event_data: StrictStr
    event_type: StrictStr
    id: StrictStr
