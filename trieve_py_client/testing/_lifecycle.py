"""The local server's lifecycle: bind, seed, serve in a background thread and stop; where it
listens and what it seeded. `LocalTrieveServer` (in `_server.py`) adds the helpers for setting
up test state."""

from __future__ import annotations

import contextlib
import ipaddress
import secrets
import selectors
import socket
import threading
from types import TracebackType
from typing import TypeVar

from ._endpoints import Settings
from ._faults import RequestLog
from ._httpd import TrieveHTTPServer
from ._store import Store

# The real server's JSON limit (actix-web JsonConfig), answered with a 400 when exceeded.
DEFAULT_MAX_BODY_BYTES = 134_200_000
DEFAULT_SOCKET_TIMEOUT = 30.0

_Self = TypeVar("_Self", bound="ServerLifecycle")


class ServerLifecycle:
    """Start, serve and stop one server over one database (see `LocalTrieveServer`)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str = ":memory:",
        *,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        socket_timeout: float | None = DEFAULT_SOCKET_TIMEOUT,
        api_key: str | None = None,
        admin_api_key: str | None = None,
        shuffle_lists: bool = True,
    ) -> None:
        if not 0 <= port <= 65535:
            raise ValueError(f"port must be in 0..65535, not {port}")
        if api_key == "" or admin_api_key == "":
            raise ValueError("a key may not be empty")
        self._host = host
        self._port = port
        self._db = db
        self._fixed_key = api_key
        self._settings = Settings(max_body_bytes, admin_api_key, shuffle_lists)
        self._control_token = secrets.token_urlsafe(24)
        secrets_to_mask = (self._control_token, admin_api_key or "")
        self._log = RequestLog(secrets_to_mask)
        self._socket_timeout = socket_timeout
        self._lock = threading.Lock()
        self._httpd: TrieveHTTPServer | None = None
        self._store: Store | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._wake: tuple[socket.socket, socket.socket] | None = None
        self._stopped = False
        self._seed: tuple[str, str, str] | None = None
        self._reused = False

    def start(self: _Self) -> _Self:
        """Bind, seed and start serving; does nothing if already running."""
        with self._lock:
            if self._httpd is not None:
                return self
            if self._stopped:
                raise RuntimeError("a stopped LocalTrieveServer cannot be started again")
            store = Store(self._db)
            httpd: TrieveHTTPServer | None = None
            try:
                # Bind before seeding, so a busy port does not leave a new key in a file.
                httpd = TrieveHTTPServer(
                    (self._host, self._port),
                    store,
                    settings=self._settings,
                    socket_timeout=self._socket_timeout,
                    control_token=self._control_token,
                    log=self._log,
                )
                user_id, org_id, self._reused = store.seed()
                key = self._seed_key(store, user_id)
            except BaseException:
                if httpd is not None:
                    httpd.server_close()
                store.close()
                raise
            self._seed = (user_id, org_id, key)
            admin = self._settings.admin_api_key
            httpd.kept_keys = [key] if admin is None else [key, admin]
            self._store, self._httpd = store, httpd
            self._wake = socket.socketpair()
            self._thread = threading.Thread(
                target=self._serve, args=(httpd, self._wake[0]), name="LocalTrieveServer"
            )
            self._thread.daemon = True
            self._thread.start()
            return self

    def _seed_key(self, store: Store, user_id: str) -> str:
        admin = self._settings.admin_api_key
        if admin is not None:
            # The real server stores ADMIN_API_KEY as a key of a default owner at startup.
            store.create_api_key(user_id, "admin", 1, plain=admin)
        if self._fixed_key is not None:
            return store.create_api_key(user_id, "local-server", 1, plain=self._fixed_key)
        kept = store.get_meta("seed_api_key")
        if kept is not None and store.find_api_key(kept) is not None:
            # A database file is a developer's own test state: keeping the seeded key in it
            # is what lets a restart print the same key instead of minting another.
            return kept
        key = store.create_api_key(user_id, "local-server", 1)
        if self._db != ":memory:":
            store.set_meta("seed_api_key", key)
        return key

    def _serve(self, httpd: TrieveHTTPServer, wake: socket.socket) -> None:
        # Our own loop instead of serve_forever(): stop() wakes it at once through `wake`
        # rather than waiting for a polling interval.
        with selectors.DefaultSelector() as selector:
            selector.register(httpd.socket, selectors.EVENT_READ)
            selector.register(wake, selectors.EVENT_READ)
            while not self._stopping.is_set():
                for ready, _ in selector.select():
                    if ready.fileobj is httpd.socket and not self._stopping.is_set():
                        httpd.handle_request()

    def stop(self) -> None:
        """Stop serving, end open connections, close the socket and the database."""
        with self._lock:
            httpd, store, thread, wake = self._httpd, self._store, self._thread, self._wake
            if httpd is None or store is None or thread is None or wake is None:
                return
            self._httpd = self._store = self._thread = self._wake = None
            self._stopped = True
            self._stopping.set()
            wake[1].send(b"x")
            thread.join()
            httpd.close_connections()
            httpd.server_close()  # also waits for the connection threads
            store.close()
            for end in wake:
                end.close()

    def __repr__(self) -> str:
        state = (
            f"url={self.url!r}"
            if self._httpd is not None
            else ("stopped" if self._stopped else "not started")
        )
        return f"<LocalTrieveServer {state} db={self._db!r}>"

    def __enter__(self: _Self) -> _Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _seeded(self) -> tuple[str, str, str]:
        if self._seed is None:
            raise RuntimeError("the server has not been started")
        return self._seed

    def _running_store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the server is not running")
        return self._store

    @property
    def port(self) -> int:
        """The port the server listens on (the real one when constructed with port 0)."""
        if self._httpd is None:
            raise RuntimeError("the server is not running")
        return self._httpd.server_port

    @property
    def url(self) -> str:
        """Base URL to give a client, e.g. "http://127.0.0.1:54321"."""
        host = self._host
        with contextlib.suppress(ValueError):
            address = ipaddress.ip_address(host)
            if address.is_unspecified:
                # Bound to every interface: loopback is the address a local client can use.
                host = "127.0.0.1" if address.version == 4 else "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def user_id(self) -> str:
        """Id of the seeded owner."""
        return self._seeded()[0]

    @property
    def organization_id(self) -> str:
        """Id of the seeded organization, where the seeded owner has role 2."""
        return self._seeded()[1]

    @property
    def api_key(self) -> str:
        """Read-and-write key of the seeded owner, minted by this start."""
        return self._seeded()[2]

    @property
    def control_token(self) -> str:
        """Token of the control path (`Authorization: Bearer <token>` on /__local__/...)."""
        return self._control_token

    @property
    def reused_database(self) -> bool:
        """True when start() found an owner seeded by an earlier run in the database file."""
        self._seeded()
        return self._reused

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted since start."""
        return 0 if self._httpd is None else self._httpd.connections_accepted

    @property
    def requests_handled(self) -> int:
        """Requests answered since start, errors included."""
        return 0 if self._httpd is None else self._httpd.requests_handled
