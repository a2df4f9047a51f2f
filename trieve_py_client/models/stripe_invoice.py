"""StripeInvoice: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, SECRET, Int32, TrieveModel


class StripeInvoice(TrieveModel):
    """The StripeInvoice schema."""

    created_at: datetime.datetime = Field(alias="created_at")
    hosted_invoice_url: Annotated[StrictStr, SECRET] = Field(
        alias="hosted_invoice_url", json_schema_extra={"x-secret": True}
    )
    id: StrictStr = Field(alias="id")
    org_id: StrictStr = Field(alias="org_id")
    status: StrictStr = Field(alias="status")
    stripe_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None, alias="stripe_id")
    total: Int32 = Field(alias="total")
