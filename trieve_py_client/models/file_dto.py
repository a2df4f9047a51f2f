"""FileDTO: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated, Any

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, SECRET, Int64, TrieveModel


class FileDTO(TrieveModel):
    """The FileDTO schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    file_name: StrictStr = Field(alias="file_name")
    id: StrictStr = Field(alias="id")
    link: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="link")
    metadata: Annotated[Any | None, NULLABLE] = Field(default=None, alias="metadata")
    s3_url: Annotated[StrictStr, SECRET] = Field(
        alias="s3_url", json_schema_extra={"x-secret": True}
    )
    size: Int64 = Field(alias="size")
    updated_at: datetime.datetime = Field(alias="updated_at")
