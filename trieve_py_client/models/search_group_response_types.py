"""SearchGroupResponseTypes: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.search_within_group_response_body import SearchWithinGroupResponseBody
from trieve_py_client.models.search_within_group_results import SearchWithinGroupResults


class SearchGroupResponseTypes(
    OneOfModel[SearchWithinGroupResponseBody | SearchWithinGroupResults]
):
    """One of several shapes.

    The value is `actual_instance`.
    """
