"""Dataset: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int32, TrieveModel


class Dataset(TrieveModel):
    """The Dataset schema."""

    created_at: datetime.datetime
    deleted: Int32
    id: StrictStr
    name: StrictStr
    organization_id: StrictStr
    server_configuration: Any | None
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    updated_at: datetime.datetime
