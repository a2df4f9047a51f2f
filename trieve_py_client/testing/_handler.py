"""HTTP/1.1 framing for the local server: request bodies, limits, and JSON answers."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from ._endpoints import Request, Response, dispatch, message

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

    def do_GET(self) -> None:
        """Answer a GET."""
        self._serve()

    def do_POST(self) -> None:
        """Answer a POST."""
        self._serve()

    def do_PUT(self) -> None:
        """Answer a PUT."""
        self._serve()

    def do_DELETE(self) -> None:
        """Answer a DELETE."""
        self._serve()

    def do_PATCH(self) -> None:
        """Answer a PATCH (always 404 or 405)."""
        self._serve()

    def do_HEAD(self) -> None:
        """Answer a HEAD (always 404 or 405), without a body."""
        self._serve()

    def do_OPTIONS(self) -> None:
        """Answer an OPTIONS (always 404 or 405)."""
        self._serve()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer a request http.server could not parse with JSON instead of HTML, then close."""
        phrase = self.responses.get(code, ("Error",))[0]
        self._send(Response(code, {"message": phrase}, close=True))

    def handle_expect_100(self) -> bool:
        """Refuse an oversized body before the client sends it."""
        try:
            length = self._content_length()
        except _FramingError:
            length = None  # the real read reports it
        if length is not None and length > self.server.max_body_bytes:
            self._send(message(413, "Payload Too Large", close=True))
            return False
        return super().handle_expect_100()

    def log_message(self, format: str, *args: Any) -> None:
        """Log to the package logger at DEBUG instead of writing to stderr."""
        # Request lines and status codes only: headers, where keys travel, are never logged.
        logger.debug("%s %s", self.address_string(), format % args)

    def _serve(self) -> None:
        try:
            body = self._read_body()
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
            authorization=self.headers.get("Authorization"),
            x_api_key=self.headers.get("x-api-key"),
            content_type=self.headers.get("Content-Type"),
            body=body,
        )
        try:
            response = dispatch(self.server.store, request)
        except Exception:
            logger.debug(
                "unexpected error in %s %s",
                self.command,
                self.path.partition("?")[0],
                exc_info=True,
            )
            response = message(500, "Internal Server Error")
        self._send(response)

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

    def _read_body(self) -> bytes:
        limit = self.server.max_body_bytes
        encoding = self.headers.get("Transfer-Encoding")
        if encoding is not None:
            if encoding.strip().lower() != "chunked":
                raise _bad_request("Unsupported Transfer-Encoding")
            return self._read_chunked(limit)
        length = self._content_length()
        if length is None:
            return b""
        if length > limit:
            raise _FramingError(message(413, "Payload Too Large", close=True), unread=length)
        body = self.rfile.read(length)
        if len(body) < length:
            raise _bad_request("Incomplete request body")
        return body

    def _read_chunked(self, limit: int) -> bytes:
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
                too_large = message(413, "Payload Too Large", close=True)
                raise _FramingError(too_large, unread=_DRAIN_BYTES)
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.readline(3) not in (b"\r\n", b"\n"):
                raise _bad_request("Invalid chunked body")
            parts.append(chunk)
        # Trailer fields carry nothing these endpoints use: skip them up to the blank line.
        for _ in range(_MAX_TRAILER_LINES):
            line = self.rfile.readline(65537)
            if line in (b"\r\n", b"\n"):
                return b"".join(parts)
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

    def _send(self, response: Response) -> None:
        body = b"" if response.payload is None else json.dumps(response.payload).encode("ascii")
        self.server.count_request()
        if self.request_version == "HTTP/0.9":
            # Set when http.server failed before reading a version; answer in full HTTP anyway.
            self.request_version = "HTTP/1.1"
        self.send_response(response.status)
        if response.payload is not None:
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
        for name, value in response.headers:
            self.send_header(name, value)
        if response.close:
            self.send_header("Connection", "close")
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)
