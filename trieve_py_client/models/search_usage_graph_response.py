"""SearchUsageGraphResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.usage_graph_point import UsageGraphPoint


class SearchUsageGraphResponse(TrieveModel):
    """The SearchUsageGraphResponse schema."""

    usage_points: list[UsageGraphPoint]
