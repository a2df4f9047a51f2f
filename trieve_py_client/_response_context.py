"""The pydantic validation context of what a server sent.

Models refuse unknown fields when they are built to be sent, and ignore them in a response, so
that a newer server's extra fields do not break an older client. The client and the models'
own parsers (``from_json``, ``from_dict``) validate responses with this context; it lives in a
leaf module because both the models and the client read it, and neither may import the other.
"""

from __future__ import annotations

RESPONSE = "trieve_py_client.response"
RESPONSE_CONTEXT = {RESPONSE: True}
