"""Range: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel
from trieve_py_client.models.range_condition import RangeCondition


class Range(SentModel):
    """The Range schema."""

    gt: RangeCondition | None = Field(default=None)
    gte: RangeCondition | None = Field(default=None)
    lt: RangeCondition | None = Field(default=None)
    lte: RangeCondition | None = Field(default=None)
