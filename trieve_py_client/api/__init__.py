"""The API classes, one per tag of openapi.json."""

from trieve_py_client.api.user_api import UserApi

__all__ = [
    "UserApi",
]
