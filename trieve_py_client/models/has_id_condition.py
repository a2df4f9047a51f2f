"""HasIDCondition: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client._models import SentModel, UuidList


class HasIDCondition(SentModel):
    """The HasIDCondition schema."""

    ids: UuidList | None = Field(default=None)
    tracking_ids: list[StrictStr] | None = Field(default=None)
