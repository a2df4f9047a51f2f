"""UploadFileResult: generated from the schema of the same name in openapi.json."""

from trieve_py_client._models import TrieveModel
from trieve_py_client.models.file import File


class UploadFileResult(TrieveModel):
    """The UploadFileResult schema."""

    file_metadata: File
