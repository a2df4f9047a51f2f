"""HTTP/1.1 framing for the local server: request bodies, limits, and JSON answers."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import socket
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from ._control import PREFIX, control
from ._endpoints import Request, Response, cors_headers, dispatch, message

if TYPE_CHECKING:
    from ._httpd import TrieveHTTPServer

logger = logging.getLogger("trieve_py_client.testing")

_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")
_MAX_TRAILER_LINES = 100
# After refusing a body, read and drop at most this much of it (for this long) before closing,
# so the client's unsent bytes do not make the kernel reset the connection before the client
# has read the answer.
_DRAIN_BYTES = 64 * 1024 * 1024
_DRAIN_SECONDS = 2.0


class _FramingError(Exception):
    """The body cannot be read as declared; answer and close, dropping `unread` bytes first."""

    def __init__(self, response: Response, unread: int = 0) -> None:
        super().__init__(response.status)
        self.response = response
        self.unread = unread


def _bad_request(text: str) -> _FramingError:
    return _FramingError(message(400, text, close=True))


class TrieveRequestHandler(BaseHTTPRequestHandler):
    """Serves one connection, request after request (keep-alive), until either side closes."""

    protocol_version = "HTTP/1.1"
    server_version = "LocalTrieve"
    disable_nagle_algorithm = True
    server: TrieveHTTPServer

    def setup(self) -> None:
        """Apply the server's per-connection timeout, so idle or stalled clients let go."""
        super().setup()
        self.connection.settimeout(self.server.socket_timeout)

    def version_string(self) -> str:
        """The Server header: no Python version, nothing to fingerprint."""
        return self.server_version

    def __getattr__(self, name: str) -> Callable[[], None]:
        """Every method (`do_GET`, `do_BREW`...) is served alike: routing decides 404 or 405."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer a request http.server could not parse with JSON instead of HTML, then close."""
        phrase = self.responses.get(code, ("Error",))[0]
        self._send(Response(code, {"message": phrase}, close=True))

    def handle_expect_100(self) -> bool:
        """Ask for the body only when it is within the limit; else answer without it."""
        try:
            length = self._content_length()
        except _FramingError:
            length = None  # the real read reports it
        if length is not None and length > self.server.settings.max_body_bytes:
            return True
        return super().handle_expect_100()

    def log_message(self, format: str, *args: Any) -> None:
        """Log to the package logger at DEBUG instead of writing to stderr."""
        # Request lines and status codes only: headers, where keys travel, are never logged.
        logger.debug("%s %s", self.address_string(), format % args)

    def _serve(self) -> None:
        try:
            body, oversize = self._read_body()
        except _FramingError as exc:
            self._send(exc.response)
            self._drop_unread(exc.unread)
            return
        except OSError as exc:
            # A timeout or reset in the middle of a body: nobody is left to answer.
            logger.debug("connection lost while reading a body: %r", exc)
            self.close_connection = True
            return
        request = Request(
            method=self.command,
            target=self.path,
            headers=tuple(self.headers.items()),
            body=body,
            oversize=oversize,
        )
        server = self.server
        path = self.path.partition("?")[0]
        if path.startswith(PREFIX):
            self._send(
                control(request, server.control_token, server.faults, server.log, server.reset)
            )
            return
        server.log.record(self.command, self.path, request.headers, body)
        fault = server.faults.take(self.command, path)
        if fault is not None:
            time.sleep(fault.delay)
            if fault.status is not None:
                payload = fault.body
                self._send(Response(fault.status, payload, tuple(fault.headers.items())))
                return
        response = self._dispatch(request)
        if fault is not None and fault.drop:
            # The request took effect; the client never hears of it.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(response)
        if oversize is not None:
            self._drop_unread(_DRAIN_BYTES if oversize < 0 else oversize)

    def _dispatch(self, request: Request) -> Response:
        try:
            response = dispatch(self.server.store, request, self.server.settings)
            extra = cors_headers(request)
            return dataclasses.replace(response, headers=response.headers + extra)
        except Exception:
            logger.debug(
                "unexpected error in %s %s",
                self.command,
                self.path.partition("?")[0],
                exc_info=True,
            )
            return message(500, "Internal Server Error")

    def _content_length(self) -> int | None:
        values = {value.strip() for value in self.headers.get_all("Content-Length", [])}
        if not values:
            return None
        text = values.pop()
        if values or not (text.isascii() and text.isdigit()):
            raise _bad_request("Invalid Content-Length")
        # Anything this long is over any sane limit; int() of it may even refuse (digit limit).
        significant = text.lstrip("0")
        return int(significant or "0") if len(significant) <= 18 else 10**18

    def _read_body(self) -> tuple[bytes, int | None]:
        """The body and, when it is over the limit and left unread, its length (-1: unknown)."""
        limit = self.server.settings.max_body_bytes
        encoding = self.headers.get("Transfer-Encoding")
        if encoding is not None:
            if encoding.strip().lower() != "chunked":
                raise _bad_request("Unsupported Transfer-Encoding")
            return self._read_chunked(limit)
        length = self._content_length()
        if length is None:
            return b"", None
        if length > limit:
            return b"", length
        body = self.rfile.read(length)
        if len(body) < length:
            raise _bad_request("Incomplete request body")
        return body, None

    def _read_chunked(self, limit: int) -> tuple[bytes, int | None]:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            size_text = line.split(b";", 1)[0].strip()
            valid = 0 < len(size_text) <= 16 and set(size_text) <= _HEX_DIGITS
            if not (valid and line.endswith(b"\n")):
                raise _bad_request("Invalid chunked body")
            size = int(size_text, 16)
            if size == 0:
                break
            total += size
            if total > limit:
                return b"", -1
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.readline(3) not in (b"\r\n", b"\n"):
                raise _bad_request("Invalid chunked body")
            parts.append(chunk)
        # Trailer fields carry nothing these endpoints use: skip them up to the blank line.
        for _ in range(_MAX_TRAILER_LINES):
            line = self.rfile.readline(65537)
            if line in (b"\r\n", b"\n"):
                return b"".join(parts), None
        raise _bad_request("Invalid chunked body")

    def _drop_unread(self, unread: int) -> None:
        self.close_connection = True
        if unread <= 0:
            return
        deadline = time.monotonic() + _DRAIN_SECONDS
        remaining = min(unread, _DRAIN_BYTES)
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)
            while remaining > 0 and (left := deadline - time.monotonic()) > 0:
                self.connection.settimeout(left)
                chunk = self.connection.recv(min(remaining, 65536))
                remaining = remaining - len(chunk) if chunk else 0

    def _send_stream(self, response: Response, parts: tuple[bytes, ...]) -> None:
        """Each part in a chunk of its own, as actix-web streams a body of unknown length."""
        self.send_response(response.status)
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command == "HEAD":
            return
        for part in parts:
            if part:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
        self.wfile.write(b"0\r\n\r\n")

    def _send(self, response: Response) -> None:
        if response.stream is not None:
            self.server.count_request()
            self._send_stream(response, response.stream)
            return
        body = b""
        if isinstance(response.payload, bytes):
            # A text answer (get_metrics), sent as it is, with the type its headers give.
            body = response.payload
        elif response.payload is not None:
            # Compact and UTF-8, as serde_json writes.
            text = json.dumps(response.payload, ensure_ascii=False, separators=(",", ":"))
            body = text.encode("utf-8", "surrogatepass")
        self.server.count_request()
        if self.request_version == "HTTP/0.9":
            # Set when http.server failed before reading a version; answer in full HTTP anyway.
            self.request_version = "HTTP/1.1"
        self.send_response(response.status)
        if response.payload is not None and not isinstance(response.payload, bytes):
            self.send_header("Content-Type", "application/json")
        if response.status != 204:
            self.send_header("Content-Length", str(len(body)))
        for name, value in response.headers:
            self.send_header(name, value)
        if response.close:
            self.send_header("Connection", "close")
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)
