"""GetAllTagsReqPayload: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import Int64, SentModel


class GetAllTagsReqPayload(SentModel):
    """The GetAllTagsReqPayload schema."""

    page: Int64 | None = Field(
        default=None, description="Page number to return, 1-indexed. Default is 1."
    )
    page_size: Int64 | None = Field(
        default=None, description="Number of items to return per page. Default is 20."
    )
