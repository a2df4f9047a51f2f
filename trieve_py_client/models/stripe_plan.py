"""StripePlan: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import StrictStr

from trieve_py_client._models import Int32, Int64, TrieveModel


class StripePlan(TrieveModel):
    """The StripePlan schema."""

    amount: Int64
    chunk_count: Int32
    created_at: datetime.datetime
    dataset_count: Int32
    file_storage: Int64
    id: StrictStr
    message_count: Int32
    name: StrictStr
    stripe_id: StrictStr
    updated_at: datetime.datetime
    user_count: Int32
