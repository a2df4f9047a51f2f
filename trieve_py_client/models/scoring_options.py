"""ScoringOptions: generated from the schema of the same name in openapi.json."""

from pydantic import Field

from trieve_py_client._models import SentModel
from trieve_py_client.models.full_text_boost import FullTextBoost
from trieve_py_client.models.semantic_boost import SemanticBoost


class ScoringOptions(SentModel):
    """Scoring options provides ways to modify the sparse or dense vector created for the query in order to change how potential matches are scored. If not specified, this defaults to no modifications."""

    fulltext_boost: FullTextBoost | None = Field(default=None)
    semantic_boost: SemanticBoost | None = Field(default=None)
