"""GetAllTagsResponse: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import Int64, TrieveModel
from trieve_py_client.models.tags_with_count import TagsWithCount


class GetAllTagsResponse(TrieveModel):
    """The GetAllTagsResponse schema."""

    tags: list[TagsWithCount]
    total: Int64
