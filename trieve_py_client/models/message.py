"""Message: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client.models._base import Int32, TrieveModel, UuidStr


class Message(TrieveModel):
    """The Message schema."""

    completion_tokens: Int32 | None = Field(default=None, alias="completion_tokens")
    content: StrictStr = Field(alias="content")
    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: UuidStr = Field(alias="dataset_id")
    deleted: StrictBool = Field(alias="deleted")
    id: UuidStr = Field(alias="id")
    prompt_tokens: Int32 | None = Field(default=None, alias="prompt_tokens")
    role: StrictStr = Field(alias="role")
    sort_order: Int32 = Field(alias="sort_order")
    topic_id: UuidStr = Field(alias="topic_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
