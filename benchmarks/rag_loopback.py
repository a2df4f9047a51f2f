"""A loopback server for the streaming and ingest rows, run in its own process so that its work
does not share the measured process's interpreter lock.

    python -m benchmarks.rag_loopback   # prints its port, serves until stdin closes

- ``POST /api/message`` answers as Trieve 0.11.8 streams a message: the JSON array of the
  chunks used and ``||`` at once, then ``PIECES`` text pieces ``DELAY`` seconds apart, chunked,
  with no Content-Type. The first text piece begins ``@<perf_counter_ns>`` , the moment it was
  written (``perf_counter`` is the system's monotonic clock, the same in every process), so
  that a client can tell how long after the server sent it the text reached its caller.
- ``POST /api/chunk`` reads the whole body and answers a ``BatchQueuedChunkResponse`` with as
  many chunks as were sent (counted by their ``chunk_html`` keys; no JSON parsing), from
  bodies made once per count, so that the server costs little next to the client.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PIECES = 10
DELAY = 0.02
STAMP = "2024-01-01T00:00:00"
DATASET = "00000000-0000-4000-8000-000000000001"
_CITED = [
    {
        "id": "00000000-0000-4000-8000-00000000000a",
        "dataset_id": DATASET,
        "created_at": STAMP,
        "updated_at": STAMP,
        "weight": 1.0,
        "chunk_html": "<p>Ferns reproduce by spores.</p>",
        "tag_set": "plants",
    }
]
_queued: dict[int, bytes] = {}


def queued_body(count: int) -> bytes:
    """The answer to a batch of ``count`` chunks, made once per count."""
    if count not in _queued:
        chunk = {"id": _CITED[0]["id"], "dataset_id": DATASET, "weight": 1.0}
        chunk |= {"created_at": STAMP, "updated_at": STAMP, "chunk_html": "<p>x</p>"}
        body = {"chunk_metadata": [chunk] * count, "pos_in_queue": 1}
        _queued[count] = json.dumps(body).encode()
    return _queued[count]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Each piece goes out when written, as a streaming server sends it: with Nagle's algorithm
    # a small write waits for the client's delayed ACK of the one before (40 ms on Linux).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/api/chunk":
            answer = queued_body(body.count(b'"chunk_html"'))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)
        else:
            self._stream()

    def _stream(self) -> None:
        self.send_response(200)  # no Content-Type, as the server sends none
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._piece(json.dumps(_CITED).encode() + b"||")
        for number in range(PIECES):
            time.sleep(DELAY)
            text = f"piece {number}. "
            if number == 0:
                text = f"@{time.perf_counter_ns()} {text}"
            self._piece(text.encode())
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _piece(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True


def serve() -> None:
    server = _Server(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    server.shutdown()


@contextmanager
def running() -> Iterator[str]:
    """The server in a child process; yields its base URL."""
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.rag_loopback"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert child.stdout is not None
        yield f"http://127.0.0.1:{int(child.stdout.readline())}"
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(10)


if __name__ == "__main__":
    serve()
