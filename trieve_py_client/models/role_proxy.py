"""RoleProxy: generated from the schema of the same name in openapi.json."""

from enum import Enum


class RoleProxy(str, Enum):
    """One of the values the API allows."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
