"""The local server's lifecycle: database files, start failures, bind addresses and the CLI."""

from __future__ import annotations

import http.client
import json
import logging
import os
import queue
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest
from support import KEYS_PATH

import trieve_py_client.testing
from trieve_py_client.testing import LocalTrieveServer
from trieve_py_client.testing.__main__ import main

REPO_ROOT = Path(trieve_py_client.testing.__file__).resolve().parents[2]
WAIT = 20.0  # generous bound on anything that should take milliseconds; never a sync tool


def get_keys(host: str, port: int, key: str) -> tuple[int, list[dict[str, object]]]:
    conn = http.client.HTTPConnection(host, port, timeout=WAIT)
    with closing(conn):
        conn.request("GET", KEYS_PATH, headers={"Authorization": key})
        response = conn.getresponse()
        return response.status, json.loads(response.read())


def mint(server: LocalTrieveServer, name: str) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
    with closing(conn):
        body = json.dumps({"name": name, "role": 0})
        headers = {"Authorization": server.api_key, "Content-Type": "application/json"}
        conn.request("POST", KEYS_PATH, body=body, headers=headers)
        response = conn.getresponse()
        assert response.status == 200
        key: str = json.loads(response.read())["api_key"]
        return key


# --- persistence and the command line -----------------------------------------------------


def test_database_file_keeps_state_across_restarts(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite")
    with LocalTrieveServer(db=db) as first:
        assert not first.reused_database
        minted = mint(first, "kept")
        member = first.add_user(role=1)
        seeded = (first.user_id, first.organization_id, first.api_key)
    with LocalTrieveServer(db=db) as second:
        assert second.reused_database
        assert (second.user_id, second.organization_id) == seeded[:2]
        # A restart reuses the seeded key rather than minting another.
        assert second.api_key == seeded[2]
        for key in (minted, second.api_key, member.api_key):
            assert get_keys("127.0.0.1", second.port, key)[0] == 200
        listed = get_keys("127.0.0.1", second.port, second.api_key)[1]
        assert sorted(k["name"] for k in listed) == ["kept", "local-server"]
        assert second.role_of(member.user_id, second.organization_id) == 1
        assert second.role_of(second.user_id, second.organization_id) == 2
        assert second.api_key_count() == 3


def _cli(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO_ROOT), *sys.path]))
    command = [sys.executable, "-m", "trieve_py_client.testing", *args]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _read_banner(proc: subprocess.Popen[str]) -> dict[str, str]:
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout

    def pump() -> None:
        for line in stdout:
            lines.put(line)
            if line.startswith("Press Ctrl-C"):
                return
        lines.put("")

    threading.Thread(target=pump, daemon=True).start()
    fields: dict[str, str] = {}
    while True:
        line = lines.get(timeout=WAIT)
        if not line or line.startswith("Press Ctrl-C"):
            return fields
        name, sep, value = line.strip().partition(": ")
        if sep:
            fields[name] = value


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_cli_prints_its_url_serves_and_stops_cleanly(
    tmp_path: Path, stop_signal: signal.Signals
) -> None:
    proc = _cli("--port", "0", "--db", str(tmp_path / "cli.sqlite"))
    try:
        banner = _read_banner(proc)
        assert banner["url"].startswith("http://127.0.0.1:")
        port = int(banner["url"].rsplit(":", 1)[1])
        assert port != 0
        assert {"organization_id", "user_id", "api_key", "database"} <= set(banner)
        status, listed = get_keys("127.0.0.1", port, banner["api_key"])
        assert status == 200
        assert listed[0]["user_id"] == banner["user_id"]
        proc.send_signal(stop_signal)
        out, err = proc.communicate(timeout=WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "stopped" in out
    assert "Traceback" not in err


def test_cli_fixed_key_from_the_environment_and_added_users(tmp_path: Path) -> None:
    env_key = "tr-known-in-advance"
    os.environ["TRIEVE_LOCAL_API_KEY"] = env_key
    try:
        proc = _cli("--port", "0", "--user", "1", "--user", "0", "--keep-order")
    finally:
        del os.environ["TRIEVE_LOCAL_API_KEY"]
    try:
        lines: list[str] = []
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl-C"):
                break
        banner = dict(line.strip().split(": ", 1) for line in lines if ": " in line)
        assert banner["api_key"] == env_key
        port = int(banner["url"].rsplit(":", 1)[1])
        users = [line for line in lines if line.startswith("user: ")]
        assert [u.split()[2] for u in users] == ["role=1", "role=0"]
        added_key = users[0].rsplit("api_key=", 1)[1].strip()
        assert get_keys("127.0.0.1", port, added_key)[0] == 200
        assert get_keys("127.0.0.1", port, env_key)[0] == 200
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=WAIT)


def test_cli_help() -> None:
    proc = _cli("--help")
    out, _ = proc.communicate(timeout=WAIT)
    assert proc.returncode == 0
    for option in ("--host", "--port", "--db"):
        assert option in out


def test_cli_reports_a_busy_port() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        proc = _cli("--port", str(taken.getsockname()[1]))
        out, err = proc.communicate(timeout=WAIT)
    assert proc.returncode == 1
    assert "cannot start" in err
    assert "Traceback" not in err
    assert "api_key" not in out


def test_main_in_process_prints_the_banner_and_stops_on_interrupt(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printed: list[str] = []
    statuses: list[int] = []

    def interrupt_after_checking(seconds: float) -> None:
        # Stands in for the wait for Ctrl-C: by now the banner is out and the server is up.
        printed.append(capsys.readouterr().out)
        banner = dict(line.split(": ", 1) for line in printed[-1].splitlines() if ": " in line)
        port = int(banner["url"].rsplit(":", 1)[1])
        statuses.append(get_keys("127.0.0.1", port, banner["api_key"])[0])
        raise KeyboardInterrupt

    monkeypatch.setattr("trieve_py_client.testing.__main__.time.sleep", interrupt_after_checking)
    # --verbose configures the root logger: give it a throwaway handler list, restored after.
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(root, "level", root.level)
    db = str(tmp_path / "main.sqlite")
    assert main(["--port", "0", "--db", db]) == 0
    assert main(["--port", "0", "--db", db, "--verbose"]) == 0
    assert main(["--port", "0"]) == 0
    printed.append(capsys.readouterr().out)
    assert statuses == [200, 200, 200]
    assert "new" in printed[0]
    assert "reused" in printed[1]
    assert "in memory" in printed[2]
    assert "".join(printed).count("stopped") == 3


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--port", "BUSY"], "cannot start the server"),
        (["--db", "NOT_SQLITE"], "cannot start the server"),
        (["--port", "70000"], "cannot start the server"),
    ],
)
def test_main_in_process_reports_start_failures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], error: str
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = str(taken.getsockname()[1])
        filled = [busy if a == "BUSY" else str(junk) if a == "NOT_SQLITE" else a for a in args]
        if "--port" not in filled:
            filled += ["--port", "0"]
        assert main(filled) == 1
    captured = capsys.readouterr()
    assert error in captured.err
    assert "api_key" not in captured.out


def test_a_busy_port_leaves_no_key_behind(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(OSError, match="in use"):
            LocalTrieveServer(port=taken.getsockname()[1], db=db).start()
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM api_keys").fetchone() == (0,)


def test_not_a_database_file_fails_to_start(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.write_bytes(b"x" * 4096)
    with pytest.raises(sqlite3.DatabaseError):
        LocalTrieveServer(db=str(junk)).start()


@pytest.mark.parametrize(
    ("host", "url_host", "connect_to"),
    [
        ("127.0.0.1", "127.0.0.1", "127.0.0.1"),
        ("0.0.0.0", "127.0.0.1", "127.0.0.1"),
        ("localhost", "localhost", "127.0.0.1"),
        ("::1", "[::1]", "::1"),
        ("::", "[::1]", "::1"),
    ],
)
def test_bind_addresses_and_urls(host: str, url_host: str, connect_to: str) -> None:
    if ":" in host and not socket.has_ipv6:
        pytest.skip("no IPv6 here")
    try:
        server = LocalTrieveServer(host=host).start()
    except OSError as exc:
        pytest.skip(f"cannot bind {host}: {exc}")
    with server:
        assert server.url == f"http://{url_host}:{server.port}"
        assert get_keys(connect_to, server.port, server.api_key)[0] == 200
