"""Scripted loopback servers for fault-injection tests.

A ``FaultServer`` listens on 127.0.0.1 in a daemon thread and answers each request it reads with
the next behaviour of its script (the last one repeats; without a script, 204 No Content): a
response, silence, a reset, a truncated or dripping body, and so on. ``queue()`` puts answers
ahead of the script while a test runs, for a test that decides them call by call. It records
every connection and every request (method, path, headers, body), so a test can count the
attempts a client made and check what it sent.

Nothing here sleeps to synchronize: waits are on events, which ``close()`` sets, so a closing
server ends every connection thread at once. ``closed_port()`` gives a port nothing listens on.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import socket
import ssl
import struct
import subprocess
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

HOST = "127.0.0.1"
# A connection thread blocked on a client that neither sends nor closes gives up after this.
_SOCKET_TIMEOUT = 10.0
_JOIN_TIMEOUT = 5.0
_MAX_LINE = 65536
_REASONS = {
    200: "OK",
    204: "No Content",
    307: "Temporary Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass(frozen=True)
class Request:
    """One request as the server read it."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    connection: int

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    def header(self, name: str) -> str | None:
        """The first value of a header, by case-insensitive name, or None."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Exchange:
    """What a behaviour gets: the connection, the request it answers, and the server."""

    sock: socket.socket
    request: Request
    server: FaultServer

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def wait(self, seconds: float | None = None) -> bool:
        """Wait ``seconds`` (forever if None) or until the server closes; True when closing."""
        return self.server.stopping.wait(seconds)


# A behaviour answers one request; it returns True to keep the connection open for the next.
Behaviour = Callable[[Exchange], bool]


def response_bytes(
    status: int,
    body: bytes = b"",
    headers: Iterable[tuple[str, str]] = (),
    *,
    content_length: int | None = None,
    reason: str | None = None,
) -> bytes:
    """A full HTTP/1.1 response; ``content_length`` may lie about the body."""
    lines = [f"HTTP/1.1 {status} {reason or _REASONS.get(status, 'Status')}"]
    lines.extend(f"{name}: {value}" for name, value in headers)
    if status != 204:
        length = len(body) if content_length is None else content_length
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def respond(
    status: int,
    body: bytes | str = b"",
    headers: Sequence[tuple[str, str]] = (),
    *,
    content_type: str | None = None,
    close: bool = False,
) -> Behaviour:
    """Answer with a complete response."""
    data = body.encode() if isinstance(body, str) else body
    all_headers = list(headers)
    if content_type:
        all_headers.append(("Content-Type", content_type))
    if close:
        all_headers.append(("Connection", "close"))

    def behaviour(exchange: Exchange) -> bool:
        exchange.send(response_bytes(status, data, all_headers))
        return not close

    behaviour.__name__ = f"respond_{status}"
    return behaviour


def json_response(status: int, payload: Any, headers: Sequence[tuple[str, str]] = ()) -> Behaviour:
    """Answer with a JSON body."""
    return respond(status, json.dumps(payload), headers, content_type="application/json")


def html_response(status: int, html: str, headers: Sequence[tuple[str, str]] = ()) -> Behaviour:
    """Answer with an HTML body, as a proxy in front of the API would."""
    return respond(status, html, headers, content_type="text/html; charset=utf-8")


def no_content() -> Behaviour:
    return respond(204)


def silent() -> Behaviour:
    """Read the request, then say nothing until the server closes."""

    def behaviour(exchange: Exchange) -> bool:
        exchange.wait()
        return False

    return behaviour


def close_without_response() -> Behaviour:
    """Read the request, then close the connection cleanly (FIN) without a word."""

    def behaviour(_exchange: Exchange) -> bool:
        return False

    return behaviour


def reset_after(data: bytes = b"") -> Behaviour:
    """Send ``data`` (say, half a status line, or the headers), then reset (SO_LINGER 0)."""

    def behaviour(exchange: Exchange) -> bool:
        if data:
            exchange.send(data)
        abort(exchange.sock)
        return False

    return behaviour


def tls_garbage() -> Behaviour:
    """On a TLS connection, read the request, then send bytes that are no TLS record, under the
    TLS layer: the client's TLS fails once the whole request was sent."""

    def behaviour(exchange: Exchange) -> bool:
        with socket.socket(fileno=os.dup(exchange.sock.fileno())) as raw:
            raw.sendall(b"\x17\x03\x03\x00\x20" + b"\x00" * 32)
        return False

    return behaviour


def truncated(status: int, body: bytes, declared: int, content_type: str) -> Behaviour:
    """Declare ``declared`` bytes of body, send ``body`` (fewer), then close cleanly."""

    def behaviour(exchange: Exchange) -> bool:
        headers = [("Content-Type", content_type)]
        exchange.send(response_bytes(status, body, headers, content_length=declared))
        return False

    return behaviour


def drip(
    status: int, body: bytes, interval: float, content_type: str = "application/json"
) -> Behaviour:
    """Send the headers at once, then the body one byte per ``interval`` seconds."""

    def behaviour(exchange: Exchange) -> bool:
        headers = [("Content-Type", content_type)]
        exchange.send(response_bytes(status, b"", headers, content_length=len(body)))
        for index in range(len(body)):
            if exchange.wait(interval):
                return False
            exchange.send(body[index : index + 1])
        return True

    return behaviour


def redirect(location: str, status: int = 307) -> Behaviour:
    return respond(status, b"", [("Location", location)])


def abort(sock: socket.socket) -> None:
    """Close with a TCP reset instead of a FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultServer:
    """A loopback HTTP/1.1 server that follows a script of behaviours, one per request.

    Use it as a context manager. ``requests`` and ``connections`` record what arrived;
    ``tls`` (a server-side ``SSLContext``) makes it speak HTTPS, and failed handshakes are
    counted in ``tls_failures``.
    """

    def __init__(self, *script: Behaviour, tls: ssl.SSLContext | None = None) -> None:
        self._script = list(script) or [no_content()]
        self._tls = tls
        self._lock = threading.Lock()
        self._requests: list[Request] = []
        self._connections = 0
        self._tls_failures = 0
        self._next = 0
        self._queued: deque[Behaviour] = deque()
        self._open: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self.stopping = threading.Event()
        self._listener = socket.create_server((HOST, 0))
        self.port: int = self._listener.getsockname()[1]
        self._wake_r, self._wake_w = socket.socketpair()
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True, name="fault-acc")
        self._acceptor.start()

    # -- what the tests look at ---------------------------------------------------------------

    @property
    def url(self) -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://{HOST}:{self.port}"

    @property
    def requests(self) -> list[Request]:
        with self._lock:
            return list(self._requests)

    @property
    def attempts(self) -> int:
        """Requests read so far: the attempts the client made that reached the server."""
        with self._lock:
            return len(self._requests)

    @property
    def connections(self) -> int:
        with self._lock:
            return self._connections

    @property
    def tls_failures(self) -> int:
        with self._lock:
            return self._tls_failures

    def queue(self, *behaviours: Behaviour) -> None:
        """Answer the next requests with these behaviours, in order; then the script resumes
        where it was."""
        with self._lock:
            self._queued.extend(behaviours)

    # -- lifecycle ----------------------------------------------------------------------------

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop accepting, end every connection, and wait for every thread to finish."""
        if self.stopping.is_set():
            return
        self.stopping.set()
        self._wake_w.send(b"x")
        self._acceptor.join(_JOIN_TIMEOUT)
        with self._lock:
            open_socks = list(self._open)
            threads = list(self._threads)
        for sock in open_socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(_JOIN_TIMEOUT)
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()
        alive = [t.name for t in (self._acceptor, *threads) if t.is_alive()]
        if alive:
            raise RuntimeError(f"FaultServer threads did not stop: {alive}")

    # -- serving ------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self.stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is not self._listener or self.stopping.is_set():
                        continue
                    sock, _addr = self._listener.accept()
                    with self._lock:
                        self._connections += 1
                        number = self._connections
                        self._open.add(sock)
                        thread = threading.Thread(
                            target=self._serve_connection,
                            args=(sock, number),
                            daemon=True,
                            name=f"fault-conn-{number}",
                        )
                        self._threads.append(thread)
                    thread.start()

    def _next_behaviour(self) -> Behaviour:
        with self._lock:
            if self._queued:
                return self._queued.popleft()
            behaviour = self._script[min(self._next, len(self._script) - 1)]
            self._next += 1
            return behaviour

    def _serve_connection(self, sock: socket.socket, number: int) -> None:
        conn = sock
        try:
            sock.settimeout(_SOCKET_TIMEOUT)
            if self._tls is not None:
                try:
                    conn = self._tls.wrap_socket(sock, server_side=True)
                except (ssl.SSLError, OSError):
                    with self._lock:
                        self._tls_failures += 1
                    return
                with self._lock:
                    self._open.add(conn)
            reader = conn.makefile("rb")
            try:
                keep_alive = True
                while keep_alive and not self.stopping.is_set():
                    request = _read_request(reader, number)
                    if request is None:
                        return
                    with self._lock:
                        self._requests.append(request)
                    behaviour = self._next_behaviour()
                    keep_alive = behaviour(Exchange(conn, request, self))
            finally:
                reader.close()
        except (OSError, ValueError):
            return  # the client went away, or the server is closing: nothing to answer
        finally:
            with self._lock:
                self._open.discard(sock)
                self._open.discard(conn)
            conn.close()
            sock.close()


def _read_request(reader: Any, number: int) -> Request | None:
    line = reader.readline(_MAX_LINE)
    if not line:
        return None
    method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
    headers: list[tuple[str, str]] = []
    while True:
        raw = reader.readline(_MAX_LINE)
        if raw in (b"\r\n", b"\n", b""):
            break
        name, _, value = raw.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
    length = next((int(v) for k, v in headers if k.lower() == "content-length"), 0)
    body = reader.read(length) if length else b""
    return Request(method, target, tuple(headers), body, number)


def closed_port() -> int:
    """A loopback port with nothing listening: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class Backlogged:
    """A listener whose accept queue is full, so a new connection's SYN goes unanswered."""

    listener: socket.socket
    port: int
    fillers: list[socket.socket] = field(default_factory=list)

    def close(self) -> None:
        for sock in self.fillers:
            sock.close()
        self.listener.close()


def backlogged_listener(max_fillers: int = 8) -> Backlogged | None:
    """A port where connecting times out, or None where the kernel does not behave so."""
    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen(0)
    result = Backlogged(listener, int(listener.getsockname()[1]))
    for _ in range(max_fillers):
        sock = socket.socket()
        sock.settimeout(0.2)
        try:
            sock.connect((HOST, result.port))
        except OSError:
            sock.close()
            return result  # this connect timed out: the next one will too
        result.fillers.append(sock)
    result.close()
    return None


def self_signed_cert(directory: Path) -> tuple[Path, Path] | None:
    """A certificate for 127.0.0.1 and localhost and its key, made by the openssl CLI.

    None when openssl is missing.
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            # Python 3.13 verifies strictly (RFC 5280): a CA needs a key usage.
            "-addext",
            "keyUsage=critical,digitalSignature,keyCertSign",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def server_tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    return context
