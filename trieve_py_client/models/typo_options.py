"""TypoOptions: generated from the schema of the same name in openapi.json."""

from pydantic import Field, StrictBool, StrictStr

from trieve_py_client._models import SentModel
from trieve_py_client.models.typo_range import TypoRange


class TypoOptions(SentModel):
    """Typo Options lets you specify different methods to correct typos in the query. If not specified, typos will not be corrected."""

    correct_typos: StrictBool | None = Field(
        default=None,
        description="Set correct_typos to true to correct typos in the query. If not specified, this defaults to false.",
    )
    disable_on_word: list[StrictStr] | None = Field(
        default=None,
        description="Words that should not be corrected. If not specified, this defaults to an empty list.",
    )
    one_typo_word_range: TypoRange | None = Field(default=None)
    two_typo_word_range: TypoRange | None = Field(default=None)
    prioritize_domain_specifc_words: StrictBool | None = Field(
        default=None,
        description="Auto-require non-english words present in the dataset to exist in each results chunk_html text. If not specified, this defaults to true.",
    )
