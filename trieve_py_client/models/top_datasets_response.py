"""TopDatasetsResponse: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictStr

from trieve_py_client.models._base import Int64, TrieveModel, UuidStr


class TopDatasetsResponse(TrieveModel):
    """The TopDatasetsResponse schema."""

    dataset_id: UuidStr = Field(alias="dataset_id")
    dataset_tracking_id: StrictStr | None = Field(default=None, alias="dataset_tracking_id")
    total_queries: Int64 = Field(alias="total_queries")
