"""The local server at the HTTP level: routing, limits, framing, connections, robustness."""

from __future__ import annotations

import http.client
import json
import logging
import socket
import threading
from collections.abc import Iterator
from contextlib import closing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import KEYS_PATH

from trieve_py_client.testing import LocalTrieveServer
from trieve_py_client.testing._handler import TrieveRequestHandler
from trieve_py_client.testing._store import Store

WAIT = 20.0  # generous bound on anything that should take milliseconds; never a sync tool


@pytest.fixture
def server() -> Iterator[LocalTrieveServer]:
    with LocalTrieveServer(shuffle_lists=False) as srv:
        yield srv


def request(
    server: LocalTrieveServer,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    conn: http.client.HTTPConnection | None = None,
) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request (on `conn` if given); checks the framing every JSON answer must have."""
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
    sent = {"Authorization": server.api_key, "Content-Type": "application/json"}
    sent.update(headers or {})
    try:
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        data = response.read()
    finally:
        if own:
            conn.close()
    if response.status not in (204, 404, 405) and method != "HEAD":
        assert response.headers["Content-Type"] == "application/json"
        assert int(response.headers["Content-Length"]) == len(data)
        assert isinstance(json.loads(data), (dict, list))
    return response.status, response.headers, data


def raw_exchange(server: LocalTrieveServer, payload: bytes, *, half_close: bool) -> bytes:
    """Send raw bytes and read whatever comes back until the server closes."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
        sock.sendall(payload)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def parse_raw(data: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def still_serves(server: LocalTrieveServer) -> bool:
    return request(server, "GET", KEYS_PATH)[0] == 200


# --- routing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/api",
        "/api/user/",
        "/api/users",
        "/API/user",
        "/api/user/api_key/",
        "/api/user/api_key/x/y",
        "/api/user/api_key//",
    ],
)
@pytest.mark.parametrize("with_key", [True, False])
def test_unknown_paths_are_404(server: LocalTrieveServer, path: str, with_key: bool) -> None:
    headers = {} if with_key else {"Authorization": "nope"}
    status, headers_back, body = request(server, "GET", path, headers=headers)
    assert (status, body, headers_back["Content-Length"]) == (404, b"", "0")


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("GET", "/api/user", "PUT"),
        ("POST", "/api/user", "PUT"),
        ("DELETE", KEYS_PATH, "GET, POST"),
        ("PUT", KEYS_PATH, "GET, POST"),
        ("PATCH", KEYS_PATH, "GET, POST"),
        ("OPTIONS", KEYS_PATH, "GET, POST"),
        ("GET", f"{KEYS_PATH}/0b8a2a35-5d3e-4c1e-9a43-8f0e2d1c9b7a", "DELETE"),
    ],
)
def test_wrong_methods_are_405_with_allow(
    server: LocalTrieveServer, method: str, path: str, allow: str
) -> None:
    status, headers, body = request(server, method, path, b"{}", {"Authorization": "nope"})
    assert (status, body, headers["Allow"]) == (405, b"", allow)


def test_head_gets_headers_only_and_the_connection_stays_usable(
    server: LocalTrieveServer,
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
    with closing(conn):
        status, headers, body = request(server, "HEAD", KEYS_PATH, conn=conn)
        assert (status, body, headers["Allow"]) == (405, b"", "GET, POST")
        assert request(server, "GET", KEYS_PATH, conn=conn)[0] == 200
    assert server.connections_accepted == 1


def test_query_strings_are_ignored(server: LocalTrieveServer) -> None:
    assert request(server, "GET", f"{KEYS_PATH}?page=2#frag")[0] == 200


def test_any_method_is_routed(server: LocalTrieveServer) -> None:
    assert request(server, "BREW", KEYS_PATH)[:2][0] == 405
    assert request(server, "BREW", "/nowhere")[0] == 404
    assert still_serves(server)


@pytest.mark.parametrize(
    "payload",
    [
        b"GARBAGE\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET /api/user/api_key HTTP/1.1\r\n" + b"X: y\r\n" * 200 + b"\r\n",
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
        b"POST /api/user/api_key HTTP/1.1\r\nContent-Length: 12x\r\n\r\n",
        b"POST /api/user/api_key HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        b"POST /api/user/api_key HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        b"POST /api/user/api_key HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"POST /api/user/api_key HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ],
)
def test_malformed_requests_get_a_json_error_and_a_close(
    server: LocalTrieveServer, payload: bytes
) -> None:
    status, headers, body = parse_raw(raw_exchange(server, payload, half_close=False))
    assert 400 <= status < 600
    assert headers["content-type"] == "application/json"
    assert headers["connection"] == "close"
    assert "message" in json.loads(body)
    assert still_serves(server)


# --- bodies and limits --------------------------------------------------------------------


OVERFLOW = (
    "Json Deserialization Error: *Type* : Other JSON payload error | *Message* : {} | Inspect "
    "the JSON payload and the server's handling of JSON requests for any issues."
)


def test_oversized_body_is_400_with_the_known_length() -> None:
    with LocalTrieveServer(max_body_bytes=1024) as server:
        body = json.dumps({"name": "x" * 4096, "role": 0}).encode()
        status, headers, data = request(server, "POST", KEYS_PATH, body)
        detail = f"JSON payload ({len(body)} bytes) is larger than allowed (limit: 1024 bytes)."
        assert (status, json.loads(data)) == (400, {"message": OVERFLOW.format(detail)})
        assert headers["Connection"] == "close"
        at_limit = json.dumps({"name": "", "role": 0}).encode()
        at_limit = at_limit.replace(b'""', b'"' + b"y" * (1024 - len(at_limit)) + b'"')
        assert len(at_limit) == 1024
        assert request(server, "POST", KEYS_PATH, at_limit)[0] == 200
        assert server.api_key_count() == 2


def test_the_default_limit_is_the_real_servers_and_checked_before_reading(
    server: LocalTrieveServer,
) -> None:
    head = (
        f"POST {KEYS_PATH} HTTP/1.1\r\nHost: x\r\nAuthorization: {server.api_key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: 134200001\r\n\r\n"
    )
    status, _, body = parse_raw(raw_exchange(server, head.encode(), half_close=True))
    detail = "JSON payload (134200001 bytes) is larger than allowed (limit: 134200000 bytes)."
    assert (status, json.loads(body)) == (400, {"message": OVERFLOW.format(detail)})
    assert server.api_key_count() == 1


def test_an_oversized_body_needs_a_key_first(server: LocalTrieveServer) -> None:
    head = f"POST {KEYS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: {10**12}\r\n\r\n"
    status, _, body = parse_raw(raw_exchange(server, head.encode(), half_close=True))
    assert (status, json.loads(body)) == (401, {"message": "Unauthorized"})


def test_expect_100_continue_oversize_is_refused_before_the_body(
    server: LocalTrieveServer,
) -> None:
    head = (
        f"POST {KEYS_PATH} HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
        f"Authorization: {server.api_key}\r\nContent-Length: {10**12}\r\n\r\n"
    )
    data = raw_exchange(server, head.encode(), half_close=False)
    assert not data.startswith(b"HTTP/1.1 100")
    status, _, body = parse_raw(data)
    assert status == 400
    assert "is larger than allowed" in json.loads(body)["message"]


def test_expect_100_continue_within_limit_works(server: LocalTrieveServer) -> None:
    status, _, _ = request(
        server, "POST", KEYS_PATH, b'{"name": "n", "role": 0}', {"Expect": "100-continue"}
    )
    assert status == 200


def test_chunked_bodies_are_read() -> None:
    with LocalTrieveServer(max_body_bytes=64) as server:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
        with closing(conn):
            parts = iter([b'{"name": "chunky",', b' "role": 0}'])
            conn.request(
                "POST",
                KEYS_PATH,
                body=parts,
                headers={"Authorization": server.api_key, "Content-Type": "application/json"},
                encode_chunked=True,
            )
            first = conn.getresponse()
            assert (first.status, first.read()[:11]) == (200, b'{"api_key":')
            assert server.api_key_count() == 2
            conn.request(
                "POST",
                KEYS_PATH,
                body=iter([b"x" * 40, b"x" * 40]),
                headers={"Authorization": server.api_key, "Content-Type": "application/json"},
                encode_chunked=True,
            )
            response = conn.getresponse()
            detail = "JSON payload has exceeded limit (64 bytes)."
            assert (response.status, json.loads(response.read())["message"]) == (
                400,
                OVERFLOW.format(detail),
            )


def test_truncated_body_then_half_close_is_answered_400(server: LocalTrieveServer) -> None:
    head = (
        f"POST {KEYS_PATH} HTTP/1.1\r\nHost: x\r\nAuthorization: {server.api_key}\r\n"
        "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    )
    data = raw_exchange(server, head.encode() + b'{"name":', half_close=True)
    status, _, body = parse_raw(data)
    assert (status, json.loads(body)) == (400, {"message": "Incomplete request body"})
    assert still_serves(server)
    assert server.api_key_count() == 1


def test_stalled_body_times_out_without_pinning_the_server() -> None:
    with LocalTrieveServer(socket_timeout=0.3) as server:
        head = f"POST {KEYS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
        with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as stalled:
            stalled.sendall(head.encode() + b"{")
            assert still_serves(server)
            assert stalled.recv(65536) == b""  # the server gave up on it and closed
        assert still_serves(server)


def test_stop_ends_idle_keep_alive_connections() -> None:
    server = LocalTrieveServer(socket_timeout=None)
    server.start()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
    with closing(conn):
        assert request(server, "GET", KEYS_PATH, conn=conn)[0] == 200
        stopper = threading.Thread(target=server.stop)
        stopper.start()
        stopper.join(WAIT)
        assert not stopper.is_alive()


# --- connections, concurrency -------------------------------------------------------------


def test_keep_alive_reuses_one_connection(server: LocalTrieveServer) -> None:
    before = server.requests_handled
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
    with closing(conn):
        for index in range(25):
            body = json.dumps({"name": f"k{index}", "role": 0}).encode()
            assert request(server, "POST", KEYS_PATH, body, conn=conn)[0] == 200
            assert request(server, "GET", KEYS_PATH, conn=conn)[0] == 200
    assert server.connections_accepted == 1
    assert server.requests_handled - before == 50


def test_concurrent_minting_gives_distinct_keys(server: LocalTrieveServer) -> None:
    count = 20
    barrier = threading.Barrier(count)
    results: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        try:
            body = json.dumps({"name": f"t{index}", "role": 1}).encode()
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
            with closing(conn):
                conn.connect()
                barrier.wait(WAIT)
                status, _, data = request(server, "POST", KEYS_PATH, body, conn=conn)
            assert status == 200
            with lock:
                results.append(json.loads(data)["api_key"])
        except BaseException as exc:
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert not errors
    assert len(set(results)) == count
    assert server.api_key_count() == count + 1
    assert server.connections_accepted == count
    listed = json.loads(request(server, "GET", KEYS_PATH, headers={"Authorization": results[0]})[2])
    assert sorted(k["name"] for k in listed[1:]) == sorted(f"t{i}" for i in range(count))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=10,
)
FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "name": JSON,
        "role": JSON,
        "dataset_ids": JSON,
        "organization_ids": JSON,
        "scopes": JSON,
        "user_id": JSON,
        "organization_id": JSON,
    },
)


def test_arbitrary_json_bodies_never_break_the_server() -> None:
    with LocalTrieveServer() as server:

        @settings(max_examples=150, deadline=None)
        @given(body=FIELDS | JSON, method=st.sampled_from(["POST", "PUT"]))
        def check(body: Any, method: str) -> None:
            path = KEYS_PATH if method == "POST" else "/api/user"
            status, _, data = request(server, method, path, json.dumps(body).encode())
            assert status in (200, 204, 400), data
            if status == 400:
                message = json.loads(data)["message"]
                assert message.startswith("Json Deserialization Error: ") or "member" in message

        check()
        assert still_serves(server)


@pytest.mark.parametrize(
    ("chunks", "status"),
    [
        (b'18\r\n{"name": "t", "role": 0}\r\n0\r\nX-Trailer: 1\r\n\r\n', 200),
        (b'18;ext=1\r\n{"name": "t", "role": 0}\r\n0\r\n\r\n', 200),
        (b'18\r\n{"name": "t", "role": 0}XX0\r\n\r\n', 400),
        (b"+5\r\nhello\r\n0\r\n\r\n", 400),
        (b"\r\n", 400),
        (b"10000000000000000\r\n", 400),
        (b'18\r\n{"name": "t", "role": 0}\r\n0\r\n' + b"X: 1\r\n" * 101, 400),
    ],
)
def test_chunked_framing(server: LocalTrieveServer, chunks: bytes, status: int) -> None:
    head = (
        f"POST {KEYS_PATH} HTTP/1.1\r\nHost: x\r\nAuthorization: {server.api_key}\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    answer = raw_exchange(server, head.encode() + chunks, half_close=True)
    assert parse_raw(answer)[0] == status
    assert still_serves(server)


def test_expect_100_continue_with_a_bad_length_is_400(server: LocalTrieveServer) -> None:
    head = f"POST {KEYS_PATH} HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: x\r\n\r\n"
    data = raw_exchange(server, head.encode(), half_close=False)
    # The interim 100 may come first; the final answer is the last response.
    status, _, body = parse_raw(data[data.rindex(b"HTTP/1.1 ") :])
    assert (status, json.loads(body)) == (400, {"message": "Invalid Content-Length"})


def test_a_crashing_connection_thread_prints_nothing_and_the_server_goes_on(
    server: LocalTrieveServer,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def crash(self: TrieveRequestHandler) -> bytes:
        raise RuntimeError("handler bug")

    with caplog.at_level(logging.DEBUG, "trieve_py_client"):
        with monkeypatch.context() as patch:
            patch.setattr(TrieveRequestHandler, "_read_body", crash)
            with pytest.raises(http.client.RemoteDisconnected):
                request(server, "GET", KEYS_PATH)
        assert still_serves(server)
        # stop() waits for every connection thread, so the crash has been logged by then.
        server.stop()
    assert capfd.readouterr().err == ""
    crashes = [r.exc_info[1] for r in caplog.records if r.exc_info is not None]
    assert any("handler bug" in str(exc) for exc in crashes)


def test_a_failed_update_is_rolled_back(
    server: LocalTrieveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = server.add_user(1)
    real_set_role = Store.set_role

    def set_then_fail(self: Store, user_id: str, organization_id: str, role: int) -> None:
        real_set_role(self, user_id, organization_id, role)
        raise RuntimeError("disk on fire")

    payload = json.dumps(
        {"organization_id": server.organization_id, "role": 0, "user_id": admin.user_id}
    ).encode()
    with monkeypatch.context() as patch:
        patch.setattr(Store, "set_role", set_then_fail)
        status, _, body = request(server, "PUT", "/api/user", payload)
    assert (status, json.loads(body)) == (500, {"message": "Internal Server Error"})
    assert server.role_of(admin.user_id, server.organization_id) == 1
    assert request(server, "PUT", "/api/user", payload)[0] == 204
    assert server.role_of(admin.user_id, server.organization_id) == 0
