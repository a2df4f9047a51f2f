"""pytest fixtures for testing code that uses the Trieve API against the local server.

Installed with the package and registered through the ``pytest11`` entry point, so a test
suite only names the fixtures::

    def test_minting(trieve_user_api, trieve_server):
        trieve_user_api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=0))
        assert trieve_server.requests[-1].json() == {"name": "ci", "role": 0}

Only pytest loads this module; the client is imported inside the fixtures that hand one out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._server import LocalTrieveServer, SeededUser


@pytest.fixture
def trieve_server() -> Iterator[LocalTrieveServer]:
    """A fresh local server for one test: in memory, on a free loopback port."""
    from ._server import LocalTrieveServer

    with LocalTrieveServer() as server:
        yield server


@pytest.fixture
def trieve_configuration(trieve_server: LocalTrieveServer) -> Any:
    """A `Configuration` for `trieve_server`, with the seeded owner's key."""
    from trieve_py_client import Configuration

    return Configuration(host=trieve_server.url, api_key={"ApiKey": trieve_server.api_key})


@pytest.fixture
def trieve_api_client(trieve_configuration: Any) -> Iterator[Any]:
    """An `ApiClient` on `trieve_configuration`, closed after the test."""
    from trieve_py_client import ApiClient

    with ApiClient(trieve_configuration) as client:
        yield client


@pytest.fixture
def trieve_user_api(trieve_api_client: Any) -> Any:
    """A `UserApi` acting as the seeded owner."""
    from trieve_py_client import UserApi

    return UserApi(trieve_api_client)


@pytest.fixture
def trieve_second_user(trieve_server: LocalTrieveServer) -> SeededUser:
    """Another user (role 0) of the seeded organization, with a key of its own."""
    return trieve_server.add_user(role=0)
