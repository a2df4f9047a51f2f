"""SearchOverGroupsResponseTypes: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.deprecated_search_over_groups_response_body import (
    DeprecatedSearchOverGroupsResponseBody,
)
from trieve_py_client.models.search_over_groups_response_body import SearchOverGroupsResponseBody


class SearchOverGroupsResponseTypes(
    OneOfModel[SearchOverGroupsResponseBody | DeprecatedSearchOverGroupsResponseBody]
):
    """One of several shapes.

    The value is `actual_instance`.
    """
