"""DateRange: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel


class DateRange(SentModel):
    """The DateRange schema."""

    gt: StrictStr | None = Field(default=None, alias="gt")
    gte: StrictStr | None = Field(default=None, alias="gte")
    lt: StrictStr | None = Field(default=None, alias="lt")
    lte: StrictStr | None = Field(default=None, alias="lte")
