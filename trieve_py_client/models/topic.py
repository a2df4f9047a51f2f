"""Topic: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import StrictBool, StrictStr

from trieve_py_client._models import TrieveModel


class Topic(TrieveModel):
    """The Topic schema."""

    created_at: datetime.datetime
    dataset_id: StrictStr
    deleted: StrictBool
    id: StrictStr
    name: StrictStr
    owner_id: StrictStr
    updated_at: datetime.datetime
