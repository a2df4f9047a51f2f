"""DateRange: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel


class DateRange(SentModel):
    """The DateRange schema."""

    gt: StrictStr | None = Field(default=None)
    gte: StrictStr | None = Field(default=None)
    lt: StrictStr | None = Field(default=None)
    lte: StrictStr | None = Field(default=None)
