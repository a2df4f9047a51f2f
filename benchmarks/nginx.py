"""An nginx that answers the four User routes and a search with fixed bodies, for timing the
client alone.

nginx answers on loopback in a few microseconds, so what a benchmark measures against it is the
client's own cost. It runs as a foreground child (``daemon off``) with everything (config, pid
file, logs, temp dirs) in a temporary prefix, and is stopped with the benchmark.

Two ``server`` blocks serve the same routes: the timing one logs nothing (a log write per
request would be server time, not client time); the counting one logs ``$connection`` per
request, so the distinct TCP connections a client used can be counted exactly.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from benchmarks import search

NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")
API_KEY = "tr-" + "a" * 32
ORGANIZATION_ID = "2b1b9d3f-0c1e-4c55-9e4b-7f0a1c2d3e4f"
# 100,000 canonical UUIDs in a JSON body are about 4 MB; leave room for larger experiments.
MAX_BODY = "64m"

MINTED = {"api_key": "tr-" + "b" * 32}
KEYS = [
    {
        "id": f"7c1e4d2a-5b3f-4a6e-8d9c-0e1f2a3b4c5{i}",
        "user_id": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
        "name": f"key-{i}",
        "role": i % 2,
        "dataset_ids": ["0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a"] if i else None,
        "organization_ids": None,
        "created_at": "2021-01-01T00:00:00.000",
        "updated_at": "2021-01-02T03:04:05.678",
    }
    for i in range(3)
]


def find_nginx() -> str | None:
    """The nginx binary, or None when it is not installed."""
    found = shutil.which("nginx")
    if found:
        return found
    return next((p for p in NGINX_CANDIDATES if os.access(p, os.X_OK)), None)


def _quoted(body: object) -> str:
    # nginx's `return` takes a quoted string; the JSON holds no single quote or backslash.
    text = json.dumps(body, separators=(",", ":"))
    if "'" in text or "\\" in text:
        raise ValueError("fixed body must not contain quotes or backslashes")
    return f"'{text}'"


def _routes(prefix: Path) -> str:
    # `return` alone answers before reading a body and then discards it unread. A real server
    # parses the whole body first, so POST and PUT go through `mirror_request_body`, which
    # reads it all (into memory), then to the static handler, which finds no file (404) or
    # refuses the method (405); error_page turns either into the fixed answer.
    read_body = f"""
            mirror /_drain;
            mirror_request_body on;
            root {prefix / "html"};
            log_not_found off;"""
    return f"""
        default_type application/json;
        location = /api/user/api_key {{
            if ($request_method = GET) {{ return 200 {_quoted(KEYS)}; }}{read_body}
            error_page 404 405 = @minted;
        }}
        location @minted {{ return 200 {_quoted(MINTED)}; }}
        location ^~ /api/user/api_key/ {{ return 204; }}
        location = /api/user {{{read_body}
            error_page 404 405 = @updated;
        }}
        location @updated {{ return 204; }}
        location = {search.SEARCH_PATH} {{{read_body}
            error_page 404 405 = @searched;
        }}
        location @searched {{ return 200 {_quoted(search.answer())}; }}
        location = /_drain {{ internal; return 204; }}
"""


def render_config(prefix: Path, port: int, count_port: int) -> str:
    """nginx.conf for one worker: fixed answers, long keep-alive, large bodies accepted."""
    # Started by root, nginx would run its worker as "nobody", who cannot enter the private
    # (0700) prefix; started by anyone else, it runs as that user (and would ignore `user`).
    user = "user root;\n" if os.geteuid() == 0 else ""
    # Every temp path in the prefix: the compiled-in defaults under /var/lib/nginx need root.
    temps = "\n".join(
        f"    {kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}worker_processes 1;
daemon off;
pid {prefix / "nginx.pid"};
error_log {prefix / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
{temps}
    access_log off;
    keepalive_requests 1000000;
    keepalive_timeout 300s;
    client_max_body_size {MAX_BODY};
    # Read a request body into memory in one go rather than spilling it to a temp file.
    client_body_buffer_size {MAX_BODY};
    log_format conn '$connection $connection_requests $request_method $status $request_length';
    server {{
        listen 127.0.0.1:{port} backlog=1024;
{_routes(prefix)}
    }}
    server {{
        listen 127.0.0.1:{count_port};
        access_log {prefix / "connections.log"} conn;
{_routes(prefix)}
    }}
}}
"""


def free_port() -> int:
    """A port that was free a moment ago (nginx binds it right after)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class NginxServer:
    """nginx serving the fixed answers; ``url`` for timing, ``count_url`` for counting."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.prefix = Path(tempfile.mkdtemp(prefix="trieve-bench-nginx-"))
        self.port = 0
        self.count_port = 0
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def count_url(self) -> str:
        return f"http://127.0.0.1:{self.count_port}"

    def start(self, attempts: int = 5) -> NginxServer:
        # A port picked by free_port() may be taken before nginx binds it: try again then.
        for _ in range(attempts):
            self.port, self.count_port = free_port(), free_port()
            conf = self.prefix / "nginx.conf"
            conf.write_text(render_config(self.prefix, self.port, self.count_port))
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi", "html"):
                (self.prefix / kind).mkdir(exist_ok=True)
            # Startup errors go to a file: a pipe nobody reads could fill and stall nginx.
            with (self.prefix / "stderr.log").open("ab") as stderr:
                self._proc = subprocess.Popen(
                    [self.binary, "-p", str(self.prefix), "-c", str(conf), "-e", "stderr"],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr,
                )
            if self._wait_ready():
                return self
            self._terminate()
        errors = "".join(
            (self.prefix / name).read_text(errors="replace")[-1000:]
            for name in ("stderr.log", "error.log")
            if (self.prefix / name).exists()
        )
        raise RuntimeError(f"nginx did not start: {errors}")

    def _wait_ready(self, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                return False
            try:
                for port in (self.port, self.count_port):
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            except OSError:
                time.sleep(0.02)
                continue
            return True
        return False

    def connections_seen(self) -> tuple[int, int]:
        """(distinct TCP connections, requests) logged by the counting server so far."""
        path = self.prefix / "connections.log"
        if not path.exists():
            return 0, 0
        lines = path.read_text().splitlines()
        return len({line.split(" ", 1)[0] for line in lines}), len(lines)

    def log_lines(self) -> list[str]:
        path = self.prefix / "connections.log"
        return path.read_text().splitlines() if path.exists() else []

    def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        # SIGQUIT would wait for keep-alive connections; SIGTERM is nginx's fast shutdown.
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def stop(self) -> None:
        self._terminate()
        shutil.rmtree(self.prefix, ignore_errors=True)

    def __enter__(self) -> NginxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
