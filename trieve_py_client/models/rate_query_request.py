"""RateQueryRequest: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import Int32, SentModel, UuidStr


class RateQueryRequest(SentModel):
    """The RateQueryRequest schema."""

    note: StrictStr | None = Field(default=None)
    query_id: UuidStr
    rating: Int32
