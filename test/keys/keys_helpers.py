"""Shared helpers of the key-lifecycle tests: a module's server, one user per test, and a
UserApi whose calls can be hooked to plan a fault at the right moment of a flow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trieve_py_client import ApiClient, Configuration, UnauthorizedException, UserApi
from trieve_py_client.testing import LocalTrieveServer, SeededUser


class HookedApi(UserApi):
    """A UserApi that runs ``before[name]()`` before each call of the operation ``name``,
    consuming one hook per call (a list), so a test can plan a fault for one step of a flow."""

    def __init__(self, client: ApiClient) -> None:
        super().__init__(client)
        self.before: dict[str, list[Callable[[], None]]] = {}

    def _hook(self, name: str) -> None:
        pending = self.before.get(name)
        if pending:
            pending.pop(0)()

    def set_user_api_key(self, *args: Any, **kwargs: Any) -> Any:
        self._hook("set_user_api_key")
        return super().set_user_api_key(*args, **kwargs)

    def get_user_api_keys(self, *args: Any, **kwargs: Any) -> Any:
        self._hook("get_user_api_keys")
        return super().get_user_api_keys(*args, **kwargs)

    def delete_user_api_key(self, *args: Any, **kwargs: Any) -> Any:
        self._hook("delete_user_api_key")
        return super().delete_user_api_key(*args, **kwargs)


def make_api(server: LocalTrieveServer, key: str) -> HookedApi:
    """A client with no retries, so that one planned fault is one failure."""
    config = Configuration(host=server.url, api_key={"ApiKey": key}, retries=0)
    return HookedApi(ApiClient(config))


def key_names(server: LocalTrieveServer, user: SeededUser) -> dict[str, str]:
    """The user's keys on the server, id to name, read with the user's seeded key."""
    with ApiClient(Configuration(host=server.url, api_key={"ApiKey": user.api_key})) as c:
        return {key.id: key.name for key in UserApi(c).get_user_api_keys()}


def works(server: LocalTrieveServer, key: str) -> bool:
    """Whether a key authenticates."""
    with ApiClient(Configuration(host=server.url, api_key={"ApiKey": key}, retries=0)) as c:
        try:
            UserApi(c).get_user_api_keys()
        except UnauthorizedException:
            return False
    return True
