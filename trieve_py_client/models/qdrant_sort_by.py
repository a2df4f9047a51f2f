"""QdrantSortBy: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.sort_by_field import SortByField
from trieve_py_client.models.sort_by_search_type import SortBySearchType


class QdrantSortBy(OneOfModel[SortByField | SortBySearchType]):
    """Sort by lets you specify a method to sort the results by. If not specified, this defaults to the score of the chunks. If specified, this can be any key in the chunk metadata. This key must be a numeric value within the payload.

    The value is `actual_instance`.
    """
