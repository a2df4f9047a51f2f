"""A loopback server speaking Trieve 0.11.8's formats for the helpers of many calls: streamed
answers (written in chosen pieces, as chunked transfer), bulk chunk creation with its limit,
the inclusive scroll, chunks in a group by page, and file upload.

The formats are the server's (see spec/corrections.json's x-stream and x-pages for the source):
a message streams `JSON||text` (text first with completion_first, `[]||` with no chunks) with
no Content-Type; create_chunk answers 413 past 120 chunks; the scroll starts at its offset
chunk, inclusive; base64_file must be URL-safe base64 without padding.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from support import DATASET_ID

TOO_MANY = "Too many chunks provided in bulk. The limit is 120 chunks per bulk upload"
UPGRADE = "Must upgrade your plan to add more chunks"
STAMP = "2024-07-01T00:00:00"
GROUP_PAGE = 10
_GROUP_PAGE = re.compile(r"^/api/chunk_group/([^/]+)/(\d+)$")
_STREAMS = {("POST", "/api/message"), ("PUT", "/api/message"), ("DELETE", "/api/message")}
_STREAMS |= {("PATCH", "/api/message"), ("POST", "/api/chunk/generate")}


def chunk_json(chunk_id: str, html: str = "", tracking_id: str | None = None) -> dict[str, Any]:
    """A chunk as the server returns it (ChunkMetadata's required fields and a few more)."""
    return {
        "id": chunk_id,
        "created_at": STAMP,
        "updated_at": STAMP,
        "dataset_id": DATASET_ID,
        "weight": 0.0,
        "chunk_html": html,
        "tracking_id": tracking_id,
    }


def message_stream(text_pieces: list[str], chunks: list[dict[str, Any]], first: bool) -> bytes:
    """The bytes of a streamed message, as stream_response writes them."""
    cited = json.dumps(chunks).replace("||", "").encode()
    text = "".join(text_pieces).encode()
    if not chunks:
        return b"[]||" + text
    return text + b"||" + cited if first else cited + b"||" + text


@dataclass
class Script:
    """What the next streamed answer is: its pieces, the events the server waits for before
    each later piece (a test's "go on"), whether it breaks off, and its status."""

    pieces: list[bytes]
    gates: list[threading.Event] = field(default_factory=list)
    broken: bool = False
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class RagServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, record: bool = True) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.record = record
        self.lock = threading.Lock()
        self.scripts: list[Script] = []
        self.requests: list[tuple[str, str, Any]] = []
        self.chunks: dict[str, dict[str, Any]] = {}  # by id, when recording
        self.by_tracking: dict[str, str] = {}
        self.batch_sizes: list[int] = []
        self.created = 0
        self.failures: dict[int, int] = {}  # request number of create_chunk -> status, once
        self.quota: int | None = None
        # Called with each create_chunk batch's number once it is stored, before the answer.
        self.on_batch: Callable[[int], None] | None = None
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> RagServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()
        self.server_close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client that closes early or times out is what some tests do."""

    def stream(self, *scripts: Script) -> None:
        with self.lock:
            self.scripts.extend(scripts)

    def add_chunks(self, count: int) -> list[str]:
        ids = sorted(str(uuid.uuid4()) for _ in range(count))
        with self.lock:
            for chunk_id in ids:
                self.chunks[chunk_id] = chunk_json(chunk_id, f"chunk {chunk_id}")
        return ids


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: RagServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read what they need from the server's records."""

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        return json.loads(raw) if raw else None

    def _answer(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _route(self, method: str) -> None:
        body = self._body()
        path = self.path.split("?")[0]
        if self.server.record:
            with self.server.lock:
                self.server.requests.append((method, path, body))
        if (method, path) in _STREAMS:
            return self._stream()
        if (method, path) == ("POST", "/api/chunk"):
            return self._create_chunks(body)
        if (method, path) == ("POST", "/api/chunk_group"):
            return self._create_groups(body)
        if (method, path) == ("POST", "/api/chunks/scroll"):
            return self._scroll(body or {})
        if (method, path) == ("POST", "/api/file"):
            return self._upload(body)
        found = _GROUP_PAGE.match(path)
        if method == "GET" and found:
            return self._group_page(found[1], int(found[2]))
        self._answer(404, {"message": "Not found"})
        return None

    do_GET = lambda self: self._route("GET")  # noqa: E731
    do_POST = lambda self: self._route("POST")  # noqa: E731
    do_PUT = lambda self: self._route("PUT")  # noqa: E731
    do_DELETE = lambda self: self._route("DELETE")  # noqa: E731
    do_PATCH = lambda self: self._route("PATCH")  # noqa: E731

    def _stream(self) -> None:
        with self.server.lock:
            script = self.server.scripts.pop(0)
        if script.status != 200:
            self._answer(script.status, json.loads(script.body))
            return
        self.send_response(200)  # no Content-Type, as the server sends none
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in script.headers.items():
            self.send_header(name, value)
        self.end_headers()
        gates: Iterator[threading.Event] = iter(script.gates)
        for number, piece in enumerate(script.pieces):
            if number:
                gate = next(gates, None)
                if gate is not None and not gate.wait(10):
                    break
            try:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.flush()
            except OSError:  # the client closed early
                self.close_connection = True
                return
        if script.broken:
            self.close_connection = True  # no last chunk: the body is cut short
            return
        self.wfile.write(b"0\r\n\r\n")

    def _create_chunks(self, body: Any) -> None:
        batch = body if isinstance(body, list) else [body]
        server = self.server
        with server.lock:
            number = len(server.batch_sizes)
            server.batch_sizes.append(len(batch))
            status = server.failures.pop(number, None)
        if len(batch) > 120:
            return self._answer(413, {"message": TOO_MANY})
        if server.quota is not None and server.created + len(batch) > server.quota:
            return self._answer(426, {"message": UPGRADE})
        made = []
        with server.lock:
            for chunk in batch:
                tracking = chunk.get("tracking_id") or None
                known = server.by_tracking.get(tracking) if tracking else None
                if known and chunk.get("upsert_by_tracking_id"):
                    chunk_id = known
                else:
                    server.created += 1
                    chunk_id = str(uuid.uuid4())
                if server.record:
                    server.chunks[chunk_id] = chunk_json(
                        chunk_id, chunk.get("chunk_html") or "", tracking
                    )
                    if tracking:
                        server.by_tracking[tracking] = chunk_id
                made.append(chunk_json(chunk_id, "", tracking))
        if server.on_batch is not None:
            server.on_batch(number)
        if status is not None:  # stored, but the answer is lost (a gateway's 502, say)
            return self._answer(status, {"message": "Bad gateway"})
        return self._answer(200, {"chunk_metadata": made, "pos_in_queue": 1})

    def _create_groups(self, body: Any) -> None:
        batch = body if isinstance(body, list) else [body]
        made = [
            {"id": str(uuid.uuid4()), "dataset_id": DATASET_ID, "name": g.get("name") or ""}
            | {"description": "", "created_at": STAMP, "updated_at": STAMP}
            for g in batch
        ]
        return self._answer(200, made if isinstance(body, list) else made[0])

    def _scroll(self, body: dict[str, Any]) -> None:
        size = body.get("page_size") or 10
        with self.server.lock:
            ids = sorted(self.server.chunks)
            offset = body.get("offset_chunk_id")
            start = next((i for i, c in enumerate(ids) if c >= offset), len(ids)) if offset else 0
            page = [self.server.chunks[c] for c in ids[start : start + size]]
        self._answer(200, {"chunks": page})

    def _group_page(self, group_id: str, page: int) -> None:
        with self.server.lock:
            ids = sorted(self.server.chunks)
            total = max(1, -(-len(ids) // GROUP_PAGE))
            at = (max(page, 1) - 1) * GROUP_PAGE
            chunks = [self.server.chunks[c] for c in ids[at : at + GROUP_PAGE]]
        group = {"id": group_id, "dataset_id": DATASET_ID, "name": "g", "created_at": STAMP}
        group |= {"updated_at": STAMP, "description": "", "tag_set": [], "metadata": {}}
        self._answer(200, {"chunks": chunks, "group": group, "total_pages": total})

    def _upload(self, body: Any) -> None:
        text = str(body.get("base64_file", ""))
        try:
            data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            data = None
        if data is None or base64.urlsafe_b64encode(data).rstrip(b"=").decode() != text:
            return self._answer(400, {"message": "Could not decode base64 file"})
        file_id = str(uuid.uuid4())
        with self.server.lock:
            self.server.chunks[file_id] = chunk_json(file_id, data.decode("utf-8", "replace"))
        return self._answer(200, {"file_metadata": _file(file_id, body, len(data))})


def _file(file_id: str, body: dict[str, Any], size: int) -> dict[str, Any]:
    return {
        "id": file_id,
        "file_name": body["file_name"],
        "dataset_id": DATASET_ID,
        "created_at": STAMP,
        "updated_at": STAMP,
        "size": size,
    }
