"""The HTTP server object: owns the store, counts connections and requests, ends them on stop."""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import threading
from http.server import ThreadingHTTPServer

from ._endpoints import Settings
from ._faults import FaultPlan, RequestLog
from ._handler import TrieveRequestHandler
from ._reset import reset
from ._store import Store

logger = logging.getLogger("trieve_py_client.testing")


class TrieveHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that owns the store and counts connections and requests."""

    daemon_threads = True
    # socketserver's default backlog of 5 drops bursts of connects (clients then retry after
    # a second), which concurrent tests and benchmarks do make.
    request_queue_size = 128
    # handle_request() waits at most this long, so the serving loop can always notice a stop.
    timeout = 0.5

    def __init__(
        self,
        address: tuple[str, int],
        store: Store,
        *,
        settings: Settings,
        socket_timeout: float | None,
        control_token: str,
        log: RequestLog,
    ) -> None:
        self.store = store
        self.settings = settings
        self.socket_timeout = socket_timeout
        self.control_token = control_token
        self.faults = FaultPlan()
        self.log = log
        # The keys a reset keeps (the seeded one, the admin key), set once the store is seeded.
        self.kept_keys: list[str] = []
        self.connections_accepted = 0
        self.requests_handled = 0
        self._counter_lock = threading.Lock()
        self._open: set[socket.socket] = set()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, TrieveRequestHandler)

    def reset(self) -> None:
        """Back to a fresh server's state: the seed and its keys stay, all else goes, the
        faults not used yet and the request log included."""
        owner, organization, _ = self.store.seed()
        reset(self.store, owner, organization, self.kept_keys)
        self.faults.clear()
        self.log.clear()

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse DNS lookup of the host, which can stall."""
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])

    def process_request(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: object
    ) -> None:
        """Count and remember the accepted connection, then serve it in its own thread."""
        with self._counter_lock:
            self.connections_accepted += 1
            if isinstance(request, socket.socket):
                self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: socket.socket | tuple[bytes, socket.socket]) -> None:
        """Forget the connection, then close it."""
        with self._counter_lock:
            if isinstance(request, socket.socket):
                self._open.discard(request)
        super().shutdown_request(request)

    def count_request(self) -> None:
        """Record one answered request."""
        with self._counter_lock:
            self.requests_handled += 1

    def close_connections(self) -> None:
        """Wake every connection thread (idle keep-alive ones included) so it ends."""
        with self._counter_lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: object
    ) -> None:
        """Log a connection's failure at DEBUG rather than printing a traceback to stderr."""
        logger.debug("error on connection from %s", client_address, exc_info=True)
