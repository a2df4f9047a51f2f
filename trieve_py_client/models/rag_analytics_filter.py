"""RAGAnalyticsFilter: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel
from trieve_py_client.models.date_range import DateRange
from trieve_py_client.models.rag_types import RagTypes


class RAGAnalyticsFilter(SentModel):
    """The RAGAnalyticsFilter schema."""

    date_range: DateRange | None = Field(default=None)
    rag_type: RagTypes | None = Field(default=None)
