"""The bundled server survives malformed requests: after each, the SDK's next call is answered
correctly and the stored state is what it was."""

from __future__ import annotations

import socket

import pytest

from trieve_py_client import ApiClient, Configuration, SetUserApiKeyRequest, UserApi
from trieve_py_client.testing import LocalTrieveServer


def raw_exchange(server: LocalTrieveServer, request: bytes, *, half_close: bool = False) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks) and not half_close:
                break
        return b"".join(chunks)


def post(server: LocalTrieveServer, key: str, body: bytes, length: int | None = None) -> bytes:
    head = (
        f"POST /api/user/api_key HTTP/1.1\r\nHost: x\r\nAuthorization: {key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length or len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    return head + body


CASES = {
    "non-JSON body": (lambda s, k: post(s, k, b"this is not json"), b"400", 0),
    "wrong types": (lambda s, k: post(s, k, b'{"name": 1, "role": "0"}'), b"400", 0),
    "1 MB name": (
        lambda s, k: post(s, k, b'{"name": "' + b"n" * 1_000_000 + b'", "role": 0}'),
        b"200",
        1,
    ),
    "truncated body": (lambda s, k: post(s, k, b'{"name": "x", "ro', length=200), b"400", 0),
    "unknown path": (
        lambda s, k: f"GET /api/nothing HTTP/1.1\r\nHost: x\r\nAuthorization: {k}\r\n\r\n".encode(),
        b"404",
        0,
    ),
    "wrong method": (
        lambda s, k: f"PATCH /api/user HTTP/1.1\r\nHost: x\r\nAuthorization: {k}\r\n\r\n".encode(),
        b"405",
        0,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_server_survives_malformed_requests(server: LocalTrieveServer, case: str) -> None:
    user = server.add_user(role=2)
    config = Configuration(host=server.url, api_key={"ApiKey": user.api_key})
    with ApiClient(config) as client:
        api = UserApi(client)
        api.set_user_api_key(SetUserApiKeyRequest(name="before", role=0))
        before = [key.id for key in api.get_user_api_keys()]

        build, status, added = CASES[case]
        answer = raw_exchange(
            server, build(server, user.api_key), half_close=case == "truncated body"
        )
        assert answer.split(b" ", 2)[1] == status, answer[:200]

        keys = api.get_user_api_keys()
        assert set(before) <= {key.id for key in keys}  # the server keeps no order
        assert len(keys) == len(before) + added
        assert server.api_key_count(user.user_id) == len(before) + added
        assert api.set_user_api_key(SetUserApiKeyRequest(name="after", role=0)).api_key
