"""ChatMessageProxy: generated from the schema of the same name in openapi.json."""

from pydantic import StrictStr

from trieve_py_client._models import SentModel
from trieve_py_client.models.role_proxy import RoleProxy


class ChatMessageProxy(SentModel):
    """The ChatMessageProxy schema."""

    content: StrictStr
    role: RoleProxy
