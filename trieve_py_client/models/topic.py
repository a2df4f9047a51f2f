"""Topic: generated from the schema of the same name in openapi.json."""

import datetime

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import TrieveModel


class Topic(TrieveModel):
    """The Topic schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    deleted: StrictBool = Field(alias="deleted")
    id: StrictStr = Field(alias="id")
    name: StrictStr = Field(alias="name")
    owner_id: StrictStr = Field(alias="owner_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
