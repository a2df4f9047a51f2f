"""RecommendationAnalyticsFilter: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel
from trieve_py_client.models.date_range import DateRange
from trieve_py_client.models.recommendation_type import RecommendationType


class RecommendationAnalyticsFilter(SentModel):
    """The RecommendationAnalyticsFilter schema."""

    date_range: DateRange | None = Field(default=None)
    recommendation_type: RecommendationType | None = Field(default=None)
