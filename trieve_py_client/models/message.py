"""Message: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel


class Message(TrieveModel):
    """The Message schema."""

    completion_tokens: Annotated[Int32 | None, NULLABLE] = Field(
        default=None, alias="completion_tokens"
    )
    content: StrictStr = Field(alias="content")
    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    deleted: StrictBool = Field(alias="deleted")
    id: StrictStr = Field(alias="id")
    prompt_tokens: Annotated[Int32 | None, NULLABLE] = Field(default=None, alias="prompt_tokens")
    role: StrictStr = Field(alias="role")
    sort_order: Int32 = Field(alias="sort_order")
    topic_id: StrictStr = Field(alias="topic_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
