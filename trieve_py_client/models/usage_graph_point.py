"""UsageGraphPoint: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import Int64, TrieveModel


class UsageGraphPoint(TrieveModel):
    """The UsageGraphPoint schema."""

    requests: Int64
    time_stamp: StrictStr
