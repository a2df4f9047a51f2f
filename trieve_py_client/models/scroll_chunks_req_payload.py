"""ScrollChunksReqPayload: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field

from trieve_py_client._models import Int64, SentModel, UuidStr
from trieve_py_client.models.chunk_filter import ChunkFilter
from trieve_py_client.models.sort_by_field import SortByField


class ScrollChunksReqPayload(SentModel):
    """The ScrollChunksReqPayload schema."""

    filters: ChunkFilter | None = Field(default=None)
    offset_chunk_id: UuidStr | None = Field(
        default=None,
        description="Offset chunk id is the id of the chunk to start the page from. If not specified, this defaults to the first chunk in the dataset sorted by id ascending.",
    )
    page_size: Annotated[Int64, Ge(0)] | None = Field(
        default=None,
        description="Page size is the number of chunks to fetch. This can be used to fetch more than 10 chunks at a time.",
    )
    sort_by: SortByField | None = Field(default=None)
