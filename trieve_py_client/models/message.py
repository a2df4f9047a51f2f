"""Message: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel


class Message(TrieveModel):
    """The Message schema."""

    completion_tokens: Annotated[Int32 | None, NULLABLE] = Field(default=None)
    content: StrictStr
    created_at: datetime.datetime
    dataset_id: StrictStr
    deleted: StrictBool
    id: StrictStr
    prompt_tokens: Annotated[Int32 | None, NULLABLE] = Field(default=None)
    role: StrictStr
    sort_order: Int32
    topic_id: StrictStr
    updated_at: datetime.datetime
