"""PopularFiltersResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.popular_filters import PopularFilters


class PopularFiltersResponse(TrieveModel):
    """The PopularFiltersResponse schema."""

    popular_filters: list[PopularFilters]
