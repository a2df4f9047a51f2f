"""SlimChunkMetadataWithScore: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import NULLABLE, TrieveModel


class SlimChunkMetadataWithScore(TrieveModel):
    """The SlimChunkMetadataWithScore schema."""

    created_at: datetime.datetime
    id: StrictStr
    link: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None)
    score: StrictFloat | StrictInt
    tag_set: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    time_stamp: Annotated[datetime.datetime | None, NULLABLE] = Field(default=None)
    tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    updated_at: datetime.datetime
    weight: StrictFloat | StrictInt
