"""One ApiClient shared by many threads: no errors, no crossed responses, pooled connections."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from trieve_py_client import ApiClient, Configuration, UserApi

THREADS = 16
CALLS = 500


class TokenEcho(ThreadingHTTPServer):
    """Answers GET /api/user/api_key with one key named after the caller's X-Request-Id."""

    daemon_threads = True
    request_queue_size = 64

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.connections = 0
        self._lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._lock:
            self.connections += 1
        super().process_request(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        token = self.headers["X-Request-Id"]
        body = json.dumps(
            [
                {
                    "id": str(uuid.uuid4()),
                    "user_id": str(uuid.uuid4()),
                    "name": token,
                    "role": 0,
                    "created_at": "2021-01-01T00:00:00.000",
                    "updated_at": "2021-01-01T00:00:00.000",
                }
            ]
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Request-Id", token)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def echo() -> Iterator[TokenEcho]:
    server = TokenEcho()
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_sixteen_threads_share_one_client(echo: TokenEcho) -> None:
    host, port = echo.server_address[:2]
    configuration = Configuration(host=f"http://{host!s}:{port}", api_key={"ApiKey": "tr-x"})
    with ApiClient(configuration) as client:
        api = UserApi(client)

        def calls(worker: int) -> int:
            crossed = 0
            for call in range(CALLS):
                token = f"{worker}-{call}"
                response = api.get_user_api_keys_with_http_info(_headers={"X-Request-Id": token})
                if response.headers["X-Request-Id"] != token or response.data[0].name != token:
                    crossed += 1
            return crossed

        with ThreadPoolExecutor(THREADS) as pool:
            crossed = list(pool.map(calls, range(THREADS)))
    assert crossed == [0] * THREADS
    # Each thread keeps its pooled connection: a new connection per call would mean thousands.
    assert echo.connections <= THREADS
