"""StripePlan: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, Int64, TrieveModel


class StripePlan(TrieveModel):
    """The StripePlan schema."""

    amount: Int64 = Field(alias="amount")
    chunk_count: Int32 = Field(alias="chunk_count")
    created_at: datetime.datetime = Field(alias="created_at")
    dataset_count: Int32 = Field(alias="dataset_count")
    file_storage: Int64 = Field(alias="file_storage")
    id: StrictStr = Field(alias="id")
    message_count: Int32 = Field(alias="message_count")
    name: StrictStr = Field(alias="name")
    stripe_id: StrictStr = Field(alias="stripe_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
    user_count: Int32 = Field(alias="user_count")
