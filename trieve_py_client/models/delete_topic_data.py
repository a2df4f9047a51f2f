"""DeleteTopicData: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client.models._base import TrieveModel, UuidStr


class DeleteTopicData(TrieveModel):
    """The DeleteTopicData schema."""

    topic_id: UuidStr = Field(alias="topic_id", description="The id of the topic to target.")
