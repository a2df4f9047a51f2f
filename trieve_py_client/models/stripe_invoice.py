"""StripeInvoice: generated from the schema of the same name in openapi.json."""

import datetime
from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, SECRET, Int32, TrieveModel


class StripeInvoice(TrieveModel):
    """The StripeInvoice schema."""

    created_at: datetime.datetime
    hosted_invoice_url: Annotated[StrictStr, SECRET] = Field(json_schema_extra={"x-secret": True})
    id: StrictStr
    org_id: StrictStr
    status: StrictStr
    stripe_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    total: Int32
