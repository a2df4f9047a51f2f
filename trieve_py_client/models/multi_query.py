"""MultiQuery: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import SentModel


class MultiQuery(SentModel):
    """MultiQuery allows you to construct a dense vector from multiple queries with a weighted sum. This is useful for when you want to emphasize certain features of the query. This only works with Semantic Search and is not compatible with cross encoder re-ranking or highlights."""

    query: StrictStr = Field(description="Query to embed for the final weighted sum vector.")
    weight: StrictFloat | StrictInt = Field(
        description="Float value which is applies as a multiplier to the query vector when summing."
    )
