"""Connections that write a request's head and a small body with one ``send``.

urllib3 writes the head of a request and then its body, two ``send`` calls. The SDK always
sets a socket timeout, and CPython implements one with a ``poll`` before every ``send``, each
system call handing the GIL to another thread: with many threads sharing a client, those
hand-overs cost more than the Python around them. One write also puts a small request in one
TCP segment instead of two. Everything else (pooling, TLS, proxies, timeouts, retries) stays
urllib3's: these classes only join two writes that urllib3 makes back to back.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Optional

from urllib3 import PoolManager
from urllib3.connection import HTTPConnection
from urllib3.connectionpool import HTTPConnectionPool

# Above this, copying the body to join it to the head costs more than the second send saves.
ONE_WRITE_LIMIT = 64 * 1024


class OneWriteConnection(HTTPConnection):
    """Holds the head that ``request`` writes first, and sends it with the body's first chunk,
    or alone when no body follows. The head is sent before ``request`` returns, so a failed
    write fails where urllib3 expects it, inside ``request``."""

    _holding = False
    _head: Optional[bytes] = None

    def request(
        self,
        method: str,
        url: str,
        body: Optional[Any] = None,
        headers: Optional[Mapping[str, Any]] = None,
        **kwargs: Any,
    ) -> None:
        if body is None:  # nothing to join: the head is the one write
            super().request(method, url, body, headers, **kwargs)
            return
        self._holding = True
        try:
            super().request(method, url, body, headers, **kwargs)
            head = self._head
        finally:
            self._holding = False
            self._head = None
        if head is not None:
            super().send(head)

    def send(self, data: Any) -> None:
        if not self._holding:
            super().send(data)
            return
        if self._head is None and isinstance(data, bytes):
            self._head = data
            return
        head, self._head, self._holding = self._head, None, False
        if head is None:
            super().send(data)
        elif isinstance(data, bytes) and len(data) <= ONE_WRITE_LIMIT:
            super().send(head + data)
        else:
            super().send(head)
            super().send(data)


@functools.cache
def one_write_pool(pool_class: type[HTTPConnectionPool]) -> type[HTTPConnectionPool]:
    """``pool_class`` with its connection class made a ``OneWriteConnection``; a pool whose
    connections are not ``http.client``'s (or already write once) is returned as it is."""
    connection_class = pool_class.ConnectionCls
    if not issubclass(connection_class, HTTPConnection) or issubclass(
        connection_class, OneWriteConnection
    ):
        return pool_class
    joined = type(
        f"OneWrite{connection_class.__name__}", (OneWriteConnection, connection_class), {}
    )
    return type(f"OneWrite{pool_class.__name__}", (pool_class,), {"ConnectionCls": joined})


def use_one_write_connections(manager: PoolManager) -> None:
    """Make the pools ``manager`` creates from now on write each request in one piece."""
    # A new dict: urllib3 shares its default mapping between managers.
    manager.pool_classes_by_scheme = {
        scheme: one_write_pool(pool_class)
        for scheme, pool_class in manager.pool_classes_by_scheme.items()
    }
