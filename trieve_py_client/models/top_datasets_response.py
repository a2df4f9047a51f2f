"""TopDatasetsResponse: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from pydantic import Field, StrictStr

from trieve_py_client._models import NULLABLE, Int64, TrieveModel


class TopDatasetsResponse(TrieveModel):
    """The TopDatasetsResponse schema."""

    dataset_id: StrictStr
    dataset_tracking_id: Annotated[StrictStr | None, NULLABLE] = Field(default=None)
    total_queries: Int64
