"""TypoRange: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field

from trieve_py_client._models import Int32, SentModel


class TypoRange(SentModel):
    """The TypoRange struct is used to specify the range of which the query will be corrected if it has a typo."""

    max: Annotated[Int32, Ge(0)] | None = Field(
        default=None,
        description="The maximum number of characters that the query will be corrected if it has a typo. If not specified, this defaults to 8.",
    )
    min: Annotated[Int32, Ge(0)] = Field(
        description="The minimum number of characters that the query will be corrected if it has a typo. If not specified, this defaults to 5."
    )
