"""SearchClusterTopics: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import Int32, TrieveModel


class SearchClusterTopics(TrieveModel):
    """The SearchClusterTopics schema."""

    avg_score: StrictFloat | StrictInt = Field(alias="avg_score")
    created_at: StrictStr = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    density: Int32 = Field(alias="density")
    id: StrictStr = Field(alias="id")
    topic: StrictStr = Field(alias="topic")
