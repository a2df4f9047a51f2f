"""ClusterAnalyticsFilter: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel
from trieve_py_client.models.date_range import DateRange


class ClusterAnalyticsFilter(SentModel):
    """The ClusterAnalyticsFilter schema."""

    date_range: DateRange | None = Field(default=None)
