"""ChunkGroup: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class ChunkGroup(TrieveModel):
    """The ChunkGroup schema."""

    created_at: datetime.datetime
    dataset_id: StrictStr
    description: StrictStr
    id: StrictStr
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None)
    name: StrictStr
    tag_set: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(default=None)
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    updated_at: datetime.datetime
