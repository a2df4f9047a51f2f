"""SortByField: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictStr

from trieve_py_client._models import Int64, SentModel
from trieve_py_client.models.sort_order import SortOrder


class SortByField(SentModel):
    """The SortByField schema."""

    direction: SortOrder | None = Field(default=None)
    field: StrictStr = Field(
        description="Field to sort by. This has to be a numeric field with a Qdrant `Range` index on it. i.e. num_value and timestamp"
    )
    prefetch_amount: Annotated[Int64, Ge(0)] | None = Field(
        default=None, description="How many results to pull in before the sort"
    )
