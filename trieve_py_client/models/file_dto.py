"""FileDTO: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, SECRET, Int64, TrieveModel


class FileDTO(TrieveModel):
    """The FileDTO schema."""

    created_at: datetime.datetime
    file_name: StrictStr
    id: StrictStr
    link: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None)
    s3_url: Annotated[StrictStr, SECRET] = Field(json_schema_extra={"x-secret": True})
    size: Int64
    updated_at: datetime.datetime
