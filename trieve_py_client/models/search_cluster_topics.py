"""SearchClusterTopics: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import Int32, TrieveModel


class SearchClusterTopics(TrieveModel):
    """The SearchClusterTopics schema."""

    avg_score: StrictFloat | StrictInt
    created_at: StrictStr
    dataset_id: StrictStr
    density: Int32
    id: StrictStr
    topic: StrictStr
