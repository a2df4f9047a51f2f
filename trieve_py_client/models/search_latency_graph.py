"""SearchLatencyGraph: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import TrieveModel


class SearchLatencyGraph(TrieveModel):
    """The SearchLatencyGraph schema."""

    average_latency: StrictFloat | StrictInt = Field(alias="average_latency")
    time_stamp: StrictStr = Field(alias="time_stamp")
