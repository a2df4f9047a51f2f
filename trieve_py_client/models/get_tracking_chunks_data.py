"""GetTrackingChunksData: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import SentModel


class GetTrackingChunksData(SentModel):
    """The GetTrackingChunksData schema."""

    tracking_ids: list[StrictStr]
