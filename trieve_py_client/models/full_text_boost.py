"""FullTextBoost: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import SentModel


class FullTextBoost(SentModel):
    """Boost phrase is useful for when you want to boost certain phrases in the fulltext (SPLADE) and BM25 search results. I.e. making sure that the listing for AirBNB itself ranks higher than companies who make software for AirBNB hosts by boosting the in-document-frequency of the AirBNB token (AKA word) for its official listing. Conceptually it multiples the in-document-importance second value in the tuples of the SPLADE or BM25 sparse vector of the chunk_html innerText for all tokens present in the boost phrase by the boost factor like so: (token, in-document-importance) -> (token, in-document-importance*boost_factor)."""

    boost_factor: StrictFloat | StrictInt = Field(
        description="Amount to multiplicatevly increase the frequency of the tokens in the phrase by"
    )
    phrase: StrictStr = Field(
        description="The phrase to boost in the fulltext document frequency index"
    )
