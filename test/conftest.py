"""Shared fixtures: the bundled server and a fault server on loopback, clients configured for
them, and a recorder of the retry policy's waits."""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import urllib3
from support.faultserver import FaultServer, self_signed_cert

from trieve_py_client import ApiClient, Configuration, UserApi, _redaction, _send
from trieve_py_client.testing import LocalTrieveServer


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees the caller's environment or another test's defaults, nor the credentials
    another test handed the SDK: a random key drawn by hypothesis ("00000000", say) would
    otherwise be masked in every later test's output."""
    for name in list(os.environ):
        if name.startswith("TRIEVE_"):
            monkeypatch.delenv(name)
    yield
    Configuration.set_default(None)
    ApiClient.set_default(None)
    known = _redaction._KNOWN  # the process-wide registry: no public way to empty it
    with known._lock:
        known.values.clear()
        known._by_prefix = {}


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
def client(api_client: ApiClient) -> ApiClient:
    """The seeded user's client, by the name the local server's content tests use."""
    return api_client


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


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A fault server with no script: it answers 204 to everything, unless the test queues
    other answers, and records what it was sent."""
    with FaultServer() as running:
        yield running


class _RetryClock:
    """Stands in for the ``time`` module inside urllib3's retry module: the waits it asks for
    are recorded, not slept, and everything else (``time.time`` for Retry-After dates) is real."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the client took before retries (backoff and Retry-After), in order, none slept.

    Only the send loop's clock is replaced, so the test's own waits and the servers' threads
    keep real time."""
    clock = _RetryClock()
    monkeypatch.setattr(_send, "time", clock)
    return clock.waits


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every TCP connection attempt urllib3 makes, by address: what a test counts where no
    server listens to count them."""
    attempts: list[tuple[str, int]] = []
    real = urllib3.util.connection.create_connection

    def spy(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        attempts.append(address)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", spy)
    return attempts


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record, of every logger, at DEBUG and above."""
    caplog.set_level(logging.DEBUG)
    return caplog


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate and its key for 127.0.0.1, for loopback TLS servers."""
    made = self_signed_cert(tmp_path)
    if made is None:
        pytest.skip("the openssl command is not installed")
    return made
