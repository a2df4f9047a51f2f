"""trieve-keys never leaves a minted key live with its value lost: the real command in a
subprocess, with its stdout closed or blocked, its --output file failing to write, and Ctrl-C
while it writes the key; the server's key list then shows what is left."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from keys_helpers import key_names, works
from support import KEY_VALUE, KEYS_PATH

from trieve_py_client.keys import cli
from trieve_py_client.testing import LocalTrieveServer, SeededUser

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = [sys.executable, "-m", "trieve_py_client.keys"]
WRITE = {"x86_64": "1", "aarch64": "64"}.get(platform.machine())  # the write(2) syscall


@pytest.fixture
def owner(server: LocalTrieveServer) -> Iterator[SeededUser]:
    yield server.add_user(role=1)
    server.clear_faults()


@pytest.fixture
def environ(server: LocalTrieveServer, owner: SeededUser) -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("TRIEVE_", "GITHUB_"))}
    return {**inherited, "TRIEVE_BASE_URL": server.url, "TRIEVE_API_KEY": owner.api_key}


def spawn(argv: list[str], environ: dict[str, str], stdout: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        argv, cwd=ROOT, env=environ, stdout=stdout, stderr=subprocess.PIPE, text=True
    )


def in_shell(
    script: str, argv: list[str], environ: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """The command run by a bash ``script`` as "$@", as a CI step or a user's shell runs it."""
    return subprocess.run(
        ["bash", "-c", script, "-", *PROGRAM, *argv],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def clean(err: str) -> str:
    assert "Traceback" not in err
    assert not KEY_VALUE.search(err), "an error printed a key"
    return err


def left(server: LocalTrieveServer, owner: SeededUser) -> list[str]:
    return [name for name in key_names(server, owner).values() if name != "local-server"]


def closed_pipe() -> int:
    """The write end of a pipe whose reader is gone: every write fails (EPIPE)."""
    read, write = os.pipe()
    os.close(read)
    return write


def full_pipe() -> tuple[IO[bytes], int]:
    """A pipe filled to the brim: the next write to it blocks until the reader reads."""
    read, write = os.pipe()
    os.set_blocking(write, False)
    for size in (512, 1):  # the last free bytes take writes smaller than a block
        with contextlib.suppress(BlockingIOError):
            while True:
                os.write(write, b"." * size)
    os.set_blocking(write, True)
    return os.fdopen(read, "rb"), write


def wait_blocked_writing_stdout(child: subprocess.Popen[str]) -> None:
    """Until the child is blocked in write(1, ...): /proc names its current system call."""
    if WRITE is None:
        pytest.skip(f"the write syscall's number on {platform.machine()} is not known here")
    for _ in range(3000):
        assert child.poll() is None, child.communicate()
        with open(f"/proc/{child.pid}/syscall") as status:
            if status.read().split()[:2] == [WRITE, "0x1"]:
                return
        time.sleep(0.01)
    pytest.fail("the command never wrote to its stdout")


@pytest.mark.parametrize("as_json", [False, True])
def test_a_key_that_cannot_be_printed_is_revoked(
    server: LocalTrieveServer, owner: SeededUser, environ: dict[str, str], as_json: bool
) -> None:
    stdout = closed_pipe()
    child = spawn([*PROGRAM, "create", "x", "--role", "0", *["--json"] * as_json], environ, stdout)
    os.close(stdout)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 6
    if as_json:  # stdout is gone: the error comes as JSON on stderr
        error = json.loads(err)
        assert error["exit_code"] == 6
        err = error["message"]
    assert "could not be written to standard output: Broken pipe" in clean(err)
    assert "it was revoked" in err
    assert left(server, owner) == []


def test_a_closed_stdout_refuses_before_minting(
    server: LocalTrieveServer, owner: SeededUser, environ: dict[str, str]
) -> None:
    done = in_shell('exec "$@" >&-', ["create", "x", "--role", "0"], environ)
    assert done.returncode == 2
    assert "standard output is closed" in clean(done.stderr)
    assert left(server, owner) == []
    stdout = closed_pipe()  # a command that mints nothing says why it failed, no traceback
    child = spawn([*PROGRAM, "list"], environ, stdout)
    os.close(stdout)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 6
    assert "cannot write to standard output: Broken pipe" in clean(err)


def test_an_output_file_that_fails_to_write_is_removed_and_its_key_revoked(
    server: LocalTrieveServer, owner: SeededUser, environ: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "ci.key"
    # A file size limit of 0 makes the kernel refuse the write (EFBIG), as a full disk would.
    argv = ["create", "ci", "--role", "0", "--output", str(path)]
    done = in_shell('ulimit -f 0 && exec "$@"', argv, {**environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 6, done.stderr
    err = clean(done.stderr)
    assert f"could not be written to --output {path} (the file was removed): File too" in err
    assert "Bad file descriptor" not in err
    assert not path.exists()
    assert left(server, owner) == []


def test_ctrl_c_while_the_key_is_written_revokes_it(
    server: LocalTrieveServer, owner: SeededUser, environ: dict[str, str]
) -> None:
    reader, stdout = full_pipe()
    child = spawn([*PROGRAM, "create", "x", "--role", "0"], environ, stdout)
    os.close(stdout)
    wait_blocked_writing_stdout(child)
    assert len(left(server, owner)) == 1  # minted, not yet printed
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130
    assert "interrupted before the new key was handed over; it was revoked" in clean(err)
    assert not KEY_VALUE.search(reader.read().decode())  # the pipe holds the filler only
    reader.close()
    assert left(server, owner) == []


def test_ctrl_c_whose_revocation_is_refused_names_the_key(
    server: LocalTrieveServer, owner: SeededUser, environ: dict[str, str]
) -> None:
    reader, stdout = full_pipe()
    child = spawn([*PROGRAM, "create", "x", "--role", "0", "--retries", "0"], environ, stdout)
    os.close(stdout)
    wait_blocked_writing_stdout(child)
    (key_id,) = [i for i, n in key_names(server, owner).items() if n != "local-server"]
    server.inject_fault(status=403, route=f"DELETE {KEYS_PATH}/{key_id}")
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    reader.close()
    assert child.returncode == 5
    assert f"revoking it failed (ForbiddenException 403): revoke the key {key_id}" in clean(err)
    assert key_id in key_names(server, owner)  # left, and named


def test_the_mask_reaches_the_runner_when_the_key_is_captured(
    server: LocalTrieveServer, owner: SeededUser, environ: dict[str, str]
) -> None:
    # The help's own example, and its --json form, as a GitHub Actions step runs them.
    script = 'KEY="$("$@")" && printf %s "$KEY"'
    for extra in ([], ["--json"]):
        argv = ["create", "nightly", "--role", "0", *extra]
        done = in_shell(script, argv, {**environ, "GITHUB_ACTIONS": "true"})
        assert done.returncode == 0, done.stderr
        key = json.loads(done.stdout)["api_key"] if extra else done.stdout
        assert KEY_VALUE.fullmatch(key)  # one line: the key alone
        assert done.stderr == f"::add-mask::{key}\n"  # the runner reads stderr too


def test_a_key_file_that_is_not_utf8_is_a_usage_error(
    tmp_path: Path, environ: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "key"
    path.write_bytes(b"tr-\xff\xfe")
    assert cli.main(["list", "--api-key-file", str(path)], environ) == 2
    assert "--api-key-file is not UTF-8 text (byte 3 is not)" in capsys.readouterr().err


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


def test_a_rotated_key_that_cannot_be_printed_is_revoked_and_the_old_one_kept(
    server: LocalTrieveServer,
    owner: SeededUser,
    environ: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli.main(["create", "svc", "--role", "0"], environ) == 0
    old_key = capsys.readouterr().out.strip()
    before = key_names(server, owner)
    (old_id,) = [i for i, n in before.items() if n != "local-server"]
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["rotate", "svc", "--no-scopes"], environ) == 6
    err = clean(capsys.readouterr().err)
    assert f"the old key {old_id} is unchanged and still the working one" in err
    assert key_names(server, owner) == before
    assert works(server, old_key)


def test_rotating_the_callers_own_key_that_cannot_be_printed_keeps_it(
    server: LocalTrieveServer,
    owner: SeededUser,
    environ: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli.main(["create", "self", "--role", "1"], environ) == 0
    own = capsys.readouterr().out.strip()
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["rotate", "self", "--no-scopes"], {**environ, "TRIEVE_API_KEY": own}) == 6
    assert "is unchanged and still the working one" in clean(capsys.readouterr().err)
    names = sorted(n.split(" [")[0] for n in key_names(server, owner).values())
    assert names == ["local-server", "self"]
    assert works(server, own)
