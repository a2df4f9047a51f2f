"""DatasetDTO: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class DatasetDTO(TrieveModel):
    """The DatasetDTO schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    id: StrictStr = Field(alias="id")
    name: StrictStr = Field(alias="name")
    organization_id: StrictStr = Field(alias="organization_id")
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="tracking_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
