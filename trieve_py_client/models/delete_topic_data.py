"""DeleteTopicData: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import TrieveModel


class DeleteTopicData(TrieveModel):
    """The DeleteTopicData schema."""

    topic_id: StrictStr = Field(description="The id of the topic to target.")
