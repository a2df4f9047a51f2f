"""Shared fixtures: the bundled server on loopback, and a client configured for it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from trieve_py_client import ApiClient, Configuration, UserApi
from trieve_py_client.testing import LocalTrieveServer


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees the caller's environment or another test's defaults."""
    monkeypatch.delenv("TRIEVE_BASE_URL", raising=False)
    monkeypatch.delenv("TRIEVE_API_KEY", raising=False)
    yield
    Configuration.set_default(None)
    ApiClient.set_default(None)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits asked of ``time.sleep`` by the test's thread, recorded and not slept."""
    recorded: list[float] = []
    real_sleep = time.sleep
    test_thread = threading.get_ident()

    def fake_sleep(seconds: float) -> None:
        if threading.get_ident() == test_thread:
            recorded.append(seconds)
        else:
            real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", fake_sleep)
    return recorded


@pytest.fixture(scope="session")
def server() -> Iterator[LocalTrieveServer]:
    with LocalTrieveServer() as running:
        yield running


@pytest.fixture
def configuration(server: LocalTrieveServer) -> Configuration:
    config = Configuration(host=server.url)
    config.api_key["ApiKey"] = server.api_key
    return config


@pytest.fixture
def api_client(configuration: Configuration) -> Iterator[ApiClient]:
    with ApiClient(configuration) as client:
        yield client


@pytest.fixture
def user_api(api_client: ApiClient) -> UserApi:
    return UserApi(api_client)


@pytest.fixture
def api_factory() -> Iterator[Callable[..., UserApi]]:
    """Builds UserApis: ``api_factory(host, key=..., **settings)`` sets each setting on the
    Configuration. Afterwards debug is switched off again and every client is closed."""
    made: list[ApiClient] = []

    def factory(host: str, key: str, **settings: Any) -> UserApi:
        config = Configuration(host=host, api_key={"ApiKey": key})
        for name, value in settings.items():
            setattr(config, name, value)
        client = ApiClient(config)
        made.append(client)
        return UserApi(client)

    yield factory
    for client in made:
        client.configuration.debug = False
        client.close()
