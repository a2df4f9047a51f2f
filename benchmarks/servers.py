"""The server the benchmark talks to: nginx when installed, else the bundled local server.

Both give a ``Target`` for timing, a ``Target`` whose TCP connections are counted, a way to
read that count, and ``reset`` (run untimed between batches).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import urllib3

from benchmarks.nginx import API_KEY, ORGANIZATION_ID, NginxServer, find_nginx
from benchmarks.workloads import Target

FALLBACK_NOTE = (
    "FALLBACK to the bundled LocalTrieveServer, in this process ({why}). Its Python handler "
    "costs more than the client and shares the GIL with it, so ratios are pulled towards 1: "
    "targets are not judged on this run (apt-get install nginx-light)."
)


@dataclass
class BenchServer:
    """What the benchmark needs of a server."""

    kind: str
    note: str
    target: Target
    count_target: Target
    connections: Callable[[], int]
    reset: Callable[[], None] = field(default=lambda: None)


@contextlib.contextmanager
def nginx_server(binary: str) -> Iterator[BenchServer]:
    with NginxServer(binary) as nginx:
        version = "nginx (fixed answers, loopback, 1 worker)"
        yield BenchServer(
            kind="nginx",
            note=version,
            target=Target(nginx.url, API_KEY, ORGANIZATION_ID),
            count_target=Target(nginx.count_url, API_KEY, ORGANIZATION_ID),
            connections=lambda: nginx.connections_seen()[0],
        )


@contextlib.contextmanager
def local_server(why: str) -> Iterator[BenchServer]:
    from trieve_py_client.testing import LocalTrieveServer

    with LocalTrieveServer() as server:
        target = Target(server.url, server.api_key, server.organization_id)
        pool = urllib3.PoolManager()
        headers = {"Authorization": server.api_key, "Accept": "application/json"}

        def reset() -> None:
            # A real store keeps what the batch minted: drop the benchmark's keys, so that
            # listings (and their time) stay the same size from batch to batch.
            keys_url = f"{server.url}/api/user/api_key"
            for key in pool.request("GET", keys_url, headers=headers).json():
                if key["name"] == "k":
                    pool.request("DELETE", f"{keys_url}/{key['id']}", headers=headers)

        try:
            yield BenchServer(
                kind="local",
                note=FALLBACK_NOTE.format(why=why),
                target=target,
                count_target=target,
                connections=lambda: server.connections_accepted,
                reset=reset,
            )
        finally:
            pool.clear()


def open_server(force_local: bool = False) -> contextlib.AbstractContextManager[BenchServer]:
    """nginx if it is installed (and not ``force_local``), else the bundled local server."""
    if force_local:
        return local_server("--local given")
    binary = find_nginx()
    return local_server("nginx not found") if binary is None else nginx_server(binary)
