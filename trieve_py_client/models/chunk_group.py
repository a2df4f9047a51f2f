"""ChunkGroup: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class ChunkGroup(TrieveModel):
    """The ChunkGroup schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    dataset_id: StrictStr = Field(alias="dataset_id")
    description: StrictStr = Field(alias="description")
    id: StrictStr = Field(alias="id")
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None, alias="metadata")
    name: StrictStr = Field(alias="name")
    tag_set: Annotated[list[StrictStr | None] | None, NULLABLE] = Field(
        default=None, alias="tag_set"
    )
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="tracking_id")
    updated_at: datetime.datetime = Field(alias="updated_at")
