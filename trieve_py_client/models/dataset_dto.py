"""DatasetDTO: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class DatasetDTO(TrieveModel):
    """The DatasetDTO schema."""

    created_at: datetime.datetime
    id: StrictStr
    name: StrictStr
    organization_id: StrictStr
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    updated_at: datetime.datetime
