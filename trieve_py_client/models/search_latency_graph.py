"""SearchLatencyGraph: generated from the schema of the same name in openapi.json."""

from pydantic import StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import TrieveModel


class SearchLatencyGraph(TrieveModel):
    """The SearchLatencyGraph schema."""

    average_latency: StrictFloat | StrictInt
    time_stamp: StrictStr
