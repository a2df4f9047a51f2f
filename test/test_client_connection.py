"""_connection: a request's head and a small body leave in one write, and nothing else changes.

Writes are counted at ``http.client.HTTPConnection.send``, the one place every write of a
connection passes through, on real requests to a loopback server that records what arrived.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import urllib3
from faultserver import FaultServer, close_without_response, json_response, no_content
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from trieve_py_client import ApiClient, Configuration, SetUserApiKeyRequest, UserApi
from trieve_py_client._connection import (
    ONE_WRITE_LIMIT,
    OneWriteConnection,
    one_write_pool,
    use_one_write_connections,
)

KEY = "tr-connection-test-key"
MINTED = json_response(200, {"api_key": "tr-minted"})


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every write any connection makes, in order, as bytes."""
    seen: list[bytes] = []
    original = http.client.HTTPConnection.send

    def recording(self: http.client.HTTPConnection, data: Any) -> None:
        seen.append(bytes(data) if isinstance(data, (bytes, bytearray)) else b"<stream>")
        original(self, data)

    monkeypatch.setattr(http.client.HTTPConnection, "send", recording)
    return seen


@pytest.fixture
def user_api_for() -> Iterator[Callable[[str], UserApi]]:
    clients: list[ApiClient] = []

    def make(host: str) -> UserApi:
        client = ApiClient(Configuration(host=host, api_key={"ApiKey": KEY}))
        clients.append(client)
        return UserApi(client)

    yield make
    for client in clients:
        client.close()


def dataset_ids(count: int) -> list[str]:
    return [f"00000000-0000-4000-8000-{i:012x}" for i in range(count)]


def test_a_small_body_leaves_with_the_head_in_one_write(
    writes: list[bytes], user_api_for: Callable[[str], UserApi]
) -> None:
    request = SetUserApiKeyRequest(name="ci", role=0, dataset_ids=dataset_ids(3))
    with FaultServer(MINTED) as server:
        assert user_api_for(server.url).set_user_api_key(request).api_key == "tr-minted"
        (arrived,) = server.requests
    (write,) = writes
    head, _, body = write.partition(b"\r\n\r\n")
    assert head.startswith(b"POST /api/user/api_key HTTP/1.1\r\n")
    assert body == arrived.body
    assert json.loads(body) == request.to_dict()
    assert arrived.header("Content-Length") == str(len(body))


@pytest.mark.parametrize(
    ("call", "first_line"),
    [
        (lambda api: api.get_user_api_keys(), b"GET /api/user/api_key HTTP/1.1"),
        (
            lambda api: api.delete_user_api_key("5a0c2f1e-3d4b-4c6a-8e9f-0a1b2c3d4e5f"),
            b"DELETE /api/user/api_key/5a0c2f1e-3d4b-4c6a-8e9f-0a1b2c3d4e5f HTTP/1.1",
        ),
    ],
    ids=["get", "delete"],
)
def test_a_request_without_a_body_is_one_write_of_its_head(
    writes: list[bytes],
    user_api_for: Callable[[str], UserApi],
    call: Callable[[UserApi], object],
    first_line: bytes,
) -> None:
    answer = json_response(200, []) if first_line.startswith(b"GET") else no_content()
    with FaultServer(answer) as server:
        call(user_api_for(server.url))
        assert server.attempts == 1
    (write,) = writes
    assert write.startswith(first_line + b"\r\n")
    assert write.endswith(b"\r\n\r\n")


def test_a_body_over_the_limit_is_not_copied_to_join_the_head(
    writes: list[bytes], user_api_for: Callable[[str], UserApi]
) -> None:
    request = SetUserApiKeyRequest(name="big", role=0, dataset_ids=dataset_ids(2000))
    with FaultServer(MINTED) as server:
        user_api_for(server.url).set_user_api_key(request)
        (arrived,) = server.requests
    head, body = writes
    assert len(body) > ONE_WRITE_LIMIT
    assert head.startswith(b"POST /api/user/api_key HTTP/1.1\r\n")
    assert head.endswith(b"\r\n\r\n")
    assert body == arrived.body
    assert json.loads(body) == request.to_dict()


def test_a_streamed_body_joins_its_first_chunk_and_sends_the_rest_as_they_come(
    writes: list[bytes],
) -> None:
    manager = urllib3.PoolManager(retries=False)
    use_one_write_connections(manager)
    with FaultServer(no_content()) as server:
        chunks = iter([b"abc", b"def"])
        response = manager.urlopen(
            "PUT", f"{server.url}/upload", body=chunks, headers={"Content-Length": "6"}
        )
        assert response.status == 204
        (arrived,) = server.requests
    manager.clear()
    head_and_first, second = writes
    assert head_and_first.startswith(b"PUT /upload HTTP/1.1\r\n")
    assert head_and_first.endswith(b"\r\n\r\nabc")
    assert second == b"def"
    assert arrived.body == b"abcdef"


def test_every_request_on_a_kept_alive_connection_starts_clean(
    writes: list[bytes], user_api_for: Callable[[str], UserApi]
) -> None:
    sizes = (3, 0, 5)
    with FaultServer(MINTED) as server:
        api = user_api_for(server.url)
        for size in sizes:
            request = SetUserApiKeyRequest(name=f"k{size}", role=0, dataset_ids=dataset_ids(size))
            api.set_user_api_key(request)
        assert server.connections == 1
        arrived = server.requests
    assert len(writes) == len(sizes)
    assert [json.loads(r.body)["name"] for r in arrived] == ["k3", "k0", "k5"]
    assert [len(json.loads(r.body)["dataset_ids"]) for r in arrived] == list(sizes)


def test_a_failed_attempt_leaves_nothing_held_for_the_retry(
    writes: list[bytes], user_api_for: Callable[[str], UserApi]
) -> None:
    # The first connection is closed unanswered; the retry must send its own head once.
    with FaultServer(close_without_response(), json_response(200, [])) as server:
        assert user_api_for(server.url).get_user_api_keys() == []
        assert server.attempts == 2
    assert len(writes) == 2
    assert all(w.startswith(b"GET /api/user/api_key HTTP/1.1\r\n") for w in writes)


def test_the_sdk_pools_write_once_whichever_manager_urllib3_builds() -> None:
    direct = ApiClient(Configuration(host="http://127.0.0.1:1"))
    config = Configuration(host="https://127.0.0.1:1")
    config.proxy = "http://127.0.0.1:2"
    proxied = ApiClient(config)
    try:
        for client, url in ((direct, "http://127.0.0.1:1"), (proxied, "https://127.0.0.1:1")):
            pool = client.rest_client.pool_manager.connection_from_url(url)
            assert issubclass(pool.ConnectionCls, OneWriteConnection)
    finally:
        direct.close()
        proxied.close()


def test_socks_pools_write_once_too() -> None:
    pytest.importorskip("socks")
    from urllib3.contrib.socks import SOCKSConnection  # needs PySocks

    config = Configuration(host="http://127.0.0.1:1")
    config.proxy = "socks5h://127.0.0.1:2"
    with ApiClient(config) as client:
        pool = client.rest_client.pool_manager.connection_from_url("http://127.0.0.1:1")
        assert issubclass(pool.ConnectionCls, OneWriteConnection)
        assert issubclass(pool.ConnectionCls, SOCKSConnection)


def test_installing_leaves_urllib3_and_other_managers_as_they_were() -> None:
    defaults = dict(urllib3.PoolManager().pool_classes_by_scheme)
    manager = urllib3.PoolManager()
    use_one_write_connections(manager)
    use_one_write_connections(manager)  # twice: no connection class wrapped in itself
    assert urllib3.PoolManager().pool_classes_by_scheme == defaults
    for scheme, pool_class in manager.pool_classes_by_scheme.items():
        assert issubclass(pool_class, defaults[scheme])
        assert pool_class.ConnectionCls.__mro__.count(OneWriteConnection) == 1
    assert one_write_pool(HTTPConnectionPool) is one_write_pool(HTTPConnectionPool)
    assert issubclass(one_write_pool(HTTPSConnectionPool), HTTPSConnectionPool)


def test_a_pool_of_foreign_connections_is_left_alone() -> None:
    class Foreign(HTTPConnectionPool):
        ConnectionCls = object  # type: ignore[assignment]

    assert one_write_pool(Foreign) is Foreign
