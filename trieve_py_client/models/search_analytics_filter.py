"""SearchAnalyticsFilter: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel
from trieve_py_client.models.date_range import DateRange
from trieve_py_client.models.search_method import SearchMethod
from trieve_py_client.models.search_type import SearchType


class SearchAnalyticsFilter(SentModel):
    """The SearchAnalyticsFilter schema."""

    date_range: DateRange | None = Field(default=None)
    search_method: SearchMethod | None = Field(default=None)
    search_type: SearchType | None = Field(default=None)
