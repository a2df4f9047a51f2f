"""The trieve-keys command: most cases in-process through ``cli.main``, a few as the real
command in a subprocess. Every failure is checked for key values in every stream, and each
scenario for the keys it leaves on the server."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keys_helpers import key_names, works
from support import KEY_VALUE, KEYS_PATH

from trieve_py_client import UserApi
from trieve_py_client.keys import cli
from trieve_py_client.testing import LocalTrieveServer, SeededUser

ROOT = Path(__file__).resolve().parents[2]
SUBCOMMANDS = ["list", "create", "revoke", "rotate", "set-role"]


@pytest.fixture
def user(server: LocalTrieveServer) -> Iterator[SeededUser]:
    yield server.add_user(role=1)
    server.clear_faults()


@pytest.fixture
def env(server: LocalTrieveServer, user: SeededUser) -> dict[str, str]:
    return {"TRIEVE_BASE_URL": server.url, "TRIEVE_API_KEY": user.api_key}


class Run:
    def __init__(self, capsys: pytest.CaptureFixture[str], env: dict[str, str]) -> None:
        self.capsys, self.env = capsys, env

    def __call__(self, *argv: str, **env: str) -> tuple[int, str, str]:
        code = cli.main(list(argv), {**self.env, **env})
        out, err = self.capsys.readouterr()
        return code, out, err

    def failing(self, code: int, *argv: str, **env: str) -> tuple[str, str]:
        """Run a command that must fail with ``code`` and print no key at all."""
        got, out, err = self(*argv, **env)
        assert got == code, (out, err)
        assert not KEY_VALUE.search(out + err), "a failure printed a key"
        for value in self.env.values():
            assert value.startswith("http") or value not in out + err
        return out, err


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], env: dict[str, str]) -> Run:
    return Run(capsys, env)


def minted(run: Run, name: str, *extra: str) -> str:
    code, out, err = run("create", name, "--role", "0", *extra)
    assert (code, err) == (0, ""), err
    return out.strip()


# --- help and usage ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], *([c] for c in SUBCOMMANDS)])
def test_every_command_has_help_with_examples_and_exit_codes(run: Run, command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0
    assert "examples:" in out
    assert "exit status:" in out
    assert "4  not found" in out


def test_usage_errors_exit_2(run: Run, tmp_path: Path) -> None:
    run.failing(2)
    run.failing(2, "create", "x")  # no --role
    _, err = run.failing(2, "rotate", "x")
    assert "--no-scopes" in err
    _, err = run.failing(2, "list", TRIEVE_API_KEY="")
    assert "no API key" in err
    _, err = run.failing(2, "list", "--base-url", "api.trieve.ai")
    assert "http://" in err
    _, err = run.failing(2, "list", "--api-key-file", str(tmp_path / "missing"))
    assert "cannot read --api-key-file" in err
    out, _ = run.failing(2, "set-role", "--organization", "nope", "--role", "1", "--json")
    assert json.loads(out)["error"] == "ValidationError"


def test_a_key_file_and_an_unknown_key(run: Run, user: SeededUser, tmp_path: Path) -> None:
    (tmp_path / "key").write_text(user.api_key + "\n")
    code, out, _ = run("list", "--api-key-file", str(tmp_path / "key"), TRIEVE_API_KEY="")
    assert code == 0
    assert "local-server" in out
    _, err = run.failing(3, "list", TRIEVE_API_KEY="tr-" + "x" * 32)
    assert "Unauthorized" in err


# --- list and create ---------------------------------------------------------------------------


def test_list_as_a_table_and_as_json(run: Run, server: LocalTrieveServer) -> None:
    minted(run, "deploy", "--organization", server.organization_id)
    code, out, _ = run("list")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split()[:4] == ["ID", "ROLE", "CREATED", "(UTC)"]
    assert any(row.endswith("local-server") for row in rows)
    assert any("1 org" in row and "deploy [mint:" in row for row in rows)
    code, out, _ = run("list", "--json")
    assert {key["name"].split(" [")[0] for key in json.loads(out)} == {"local-server", "deploy"}


def test_create_prints_the_key_alone(run: Run, server: LocalTrieveServer, user: SeededUser) -> None:
    key = minted(run, "deploy", "--scope", "GET /api/dataset")
    assert KEY_VALUE.fullmatch(key)
    assert works(server, key)
    code, out, err = run("create", "ci", "--role", "1", "--json", GITHUB_ACTIONS="true")
    data = json.loads(out)  # stdout is the JSON alone; the mask goes to the runner on stderr
    assert err == f"::add-mask::{data['api_key']}\n"
    assert key_names(server, user)[data["id"]] == data["name"]
    assert code == 0


def test_create_writes_a_private_file_and_never_overwrites(
    run: Run, server: LocalTrieveServer, user: SeededUser, tmp_path: Path
) -> None:
    path = tmp_path / "deploy.key"
    code, out, _ = run("create", "deploy", "--role", "0", "--output", str(path))
    assert code == 0
    assert not KEY_VALUE.search(out)
    assert "written to the file" in out
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert works(server, path.read_text().strip())
    before = key_names(server, user)
    _, err = run.failing(2, "create", "again", "--role", "0", "--output", str(path))
    assert "exists" in err
    assert key_names(server, user) == before  # refused before anything was minted
    code, out, err = run("create", "gh", "--role", "0", "--output", str(tmp_path / "gh.key"),
                         "--json", GITHUB_ACTIONS="true")  # fmt: skip
    assert err == f"::add-mask::{(tmp_path / 'gh.key').read_text()}"
    assert "api_key" not in json.loads(out)


def test_a_failed_create_leaves_no_file(
    run: Run, server: LocalTrieveServer, tmp_path: Path
) -> None:
    server.inject_fault(status=400, body={"message": "no"}, route=f"POST {KEYS_PATH}")
    run.failing(1, "create", "x", "--role", "0", "--output", str(tmp_path / "x.key"))
    assert not (tmp_path / "x.key").exists()


def test_a_dropped_mint_is_recovered(run: Run, server: LocalTrieveServer, user: SeededUser) -> None:
    server.inject_fault(drop=True, route=f"POST {KEYS_PATH}")
    key = minted(run, "deploy")
    assert works(server, key)
    assert sorted(n.split(" [")[0] for n in key_names(server, user).values()) == [
        "deploy",
        "local-server",
    ]


def test_an_unchecked_mint_exits_5_and_names_the_key(
    run: Run, server: LocalTrieveServer, user: SeededUser
) -> None:
    server.inject_fault(drop=True, route=f"POST {KEYS_PATH}")
    server.inject_fault(status=500, route=f"GET {KEYS_PATH}")
    out, err = run.failing(5, "create", "deploy", "--role", "0", "--retries", "0")
    (orphan,) = [n for n in key_names(server, user).values() if n != "local-server"]
    assert orphan in err
    assert out == ""
    server.inject_fault(drop=True, times=2, route=f"POST {KEYS_PATH}")
    out, _ = run.failing(1, "create", "deploy", "--role", "0", "--attempts", "2", "--json")
    assert json.loads(out)["outcome_unknown"] is False


# --- revoke ------------------------------------------------------------------------------------


def test_revoke_by_id_and_by_name(run: Run, server: LocalTrieveServer, user: SeededUser) -> None:
    minted(run, "one")
    minted(run, "two")
    ids = {name.split(" [")[0]: i for i, name in key_names(server, user).items()}
    code, out, _ = run("revoke", ids["one"].upper())
    assert code == 0
    assert ids["one"] in out
    code, out, _ = run("revoke", "two", "--json")
    assert json.loads(out)["revoked"] == ids["two"]
    assert list(key_names(server, user).values()) == ["local-server"]
    out, err = run.failing(4, "revoke", "two")
    assert "no key has the id or name" in err
    run.failing(4, "revoke", "00000000-0000-4000-8000-000000000000")


def test_revoke_refuses_an_ambiguous_name(
    run: Run, server: LocalTrieveServer, user: SeededUser
) -> None:
    minted(run, "same")
    minted(run, "same")
    before = key_names(server, user)
    _, err = run.failing(4, "revoke", "same")
    assert all(key_id in err for key_id in before if before[key_id] != "local-server")
    out, _ = run.failing(4, "revoke", "same", "--json")
    assert len(json.loads(out)["key_ids"]) == 2
    assert key_names(server, user) == before


# --- rotate ------------------------------------------------------------------------------------


def test_rotate_replaces_the_key(run: Run, server: LocalTrieveServer, user: SeededUser) -> None:
    old_key = minted(run, "service")
    code, out, err = run("rotate", "service", "--no-scopes")
    assert (code, err) == (0, "")
    new_key = out.strip()
    assert works(server, new_key)
    assert not works(server, old_key)
    assert len(key_names(server, user)) == 2


def test_rotate_whose_revoke_fails_keeps_the_old_key(
    run: Run, server: LocalTrieveServer, user: SeededUser
) -> None:
    old_key = minted(run, "service")
    before = key_names(server, user)
    old_id = next(i for i, n in before.items() if n.startswith("service"))
    server.inject_fault(status=500, route=f"DELETE {KEYS_PATH}/{old_id}")
    code, out, err = run("rotate", old_id, "--scope", "GET /api/x", "--retries", "0")
    assert code == 1
    assert "still the working one" in err
    assert key_names(server, user) == before
    assert works(server, old_key)
    # The new key was handed over before the old one's revocation failed; it is revoked too.
    assert not works(server, out.strip())


def plan_after_mint(monkeypatch: pytest.MonkeyPatch, *plans: Any) -> None:
    """Run ``plans`` (fault plans) right after the next mint: the flow's later calls fail."""
    real = UserApi.set_user_api_key

    def mint_then_plan(self: UserApi, *args: Any, **kwargs: Any) -> Any:
        answer = real(self, *args, **kwargs)
        for plan in plans:
            plan()
        return answer

    monkeypatch.setattr(UserApi, "set_user_api_key", mint_then_plan)


def test_rotate_whose_new_key_does_not_authenticate(
    run: Run, server: LocalTrieveServer, user: SeededUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    minted(run, "service")
    before = key_names(server, user)
    plan_after_mint(monkeypatch, lambda: server.inject_fault(status=401, route=f"GET {KEYS_PATH}"))
    out, _ = run.failing(1, "rotate", "service", "--no-scopes", "--json")
    error = json.loads(out)
    assert error["working_key_id"] in before
    assert key_names(server, user) == before


def test_rotate_that_cannot_tell_hands_over_the_new_key(
    run: Run, server: LocalTrieveServer, user: SeededUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    minted(run, "service")
    old_id = next(i for i, n in key_names(server, user).items() if n.startswith("service"))
    server.inject_fault(status=500, route=f"DELETE {KEYS_PATH}/{old_id}")
    real_list = UserApi.get_user_api_keys
    calls: list[int] = []

    def list_keys(self: UserApi, *args: Any, **kwargs: Any) -> Any:
        # Lists 1 and 2 find the old key, 3 checks the new one; 4, made to learn whether the
        # failed revoke happened anyway, fails.
        calls.append(1)
        if len(calls) == 4:
            server.inject_fault(status=500, route=f"GET {KEYS_PATH}")
        return real_list(self, *args, **kwargs)

    monkeypatch.setattr(UserApi, "get_user_api_keys", list_keys)
    code, out, err = run("rotate", old_id, "--no-scopes", "--retries", "0")
    assert code == 5
    assert old_id in err
    assert not KEY_VALUE.search(err)
    new_key = out.strip()
    assert works(server, new_key)


# --- set-role ----------------------------------------------------------------------------------


def test_set_role(run: Run, server: LocalTrieveServer) -> None:
    member = server.add_user(role=0)
    org = server.organization_id
    code, out, _ = run("set-role", "--organization", org, "--role", "1", "--user", member.user_id)
    assert code == 0
    assert "role 1 set" in out
    assert server.role_of(member.user_id, org) == 1
    code, out, _ = run("set-role", "--organization", org, "--role", "0", "--json")
    assert json.loads(out) == {"organization_id": org, "role": 0, "user_id": None}
    _, err = run.failing(1, "set-role", "--organization", server.add_organization(), "--role", "0")
    assert "not a member" in err
    server.inject_fault(status=500, route="PUT /api/user")
    _, err = run.failing(5, "set-role", "--organization", org, "--role", "0", "--retries", "0")
    assert "outcome" in err


# --- the real command ----------------------------------------------------------------------------


def command(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TRIEVE_", "GITHUB_"))}
    return subprocess.run(
        [sys.executable, "-m", "trieve_py_client.keys", *argv],
        cwd=ROOT,
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_command_recovers_a_dropped_mint(
    server: LocalTrieveServer, user: SeededUser, env: dict[str, str]
) -> None:
    server.inject_fault(drop=True, route=f"POST {KEYS_PATH}")
    done = command("create", "deploy", "--role", "0", env={**env, "GITHUB_ACTIONS": "true"})
    assert done.returncode == 0
    key = done.stdout.strip()
    assert done.stderr == f"::add-mask::{key}\n"
    assert works(server, key)
    assert len(key_names(server, user)) == 2


def test_the_command_refuses_an_ambiguous_revoke_and_rolls_back_a_rotation(
    server: LocalTrieveServer, user: SeededUser, env: dict[str, str]
) -> None:
    for _ in range(2):
        assert command("create", "same", "--role", "0", env=env).returncode == 0
    before = key_names(server, user)
    done = command("revoke", "same", env=env)
    assert done.returncode == 4
    assert key_names(server, user) == before
    old_id = next(i for i, name in before.items() if name.startswith("same"))
    server.inject_fault(status=500, route=f"DELETE {KEYS_PATH}/{old_id}")
    done = command("rotate", old_id, "--no-scopes", "--retries", "0", env=env)
    assert done.returncode == 1
    assert "still the working one" in done.stderr
    assert not KEY_VALUE.search(done.stderr)
    assert not works(server, done.stdout.strip())  # handed over first, then revoked
    assert key_names(server, user) == before


def test_the_console_script_is_declared() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'trieve-keys = "trieve_py_client.keys.cli:console"' in pyproject


def test_a_failed_final_check_is_a_warning_on_stderr(
    run: Run, server: LocalTrieveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.inject_fault(drop=True, route=f"POST {KEYS_PATH}")
    real_list = UserApi.get_user_api_keys
    calls: list[int] = []

    def list_keys(self: UserApi, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:  # the check after the successful second mint
            server.inject_fault(status=500, route=f"GET {KEYS_PATH}")
        return real_list(self, *args, **kwargs)

    monkeypatch.setattr(UserApi, "get_user_api_keys", list_keys)
    code, out, err = run("create", "deploy", "--role", "0", "--retries", "0", "--timeout", "9")
    assert code == 0
    assert works(server, out.strip())
    assert err.startswith("warning: listing the keys after minting failed")
    assert not KEY_VALUE.search(err)


def test_limits_show_in_the_table(run: Run, server: LocalTrieveServer) -> None:
    dataset = server.add_dataset()
    minted(run, "limited", "--dataset", dataset, "--organization", server.organization_id)
    _, out, _ = run("list")
    assert "1 org, 1 dataset" in out


def test_the_readme_commands_run(
    server: LocalTrieveServer, user: SeededUser, env: dict[str, str], tmp_path: Path
) -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Managing keys\n", 1)[1].split("\n## ", 1)[0]
    (script,) = re.findall(r"```sh\n(.*?)```", section, re.DOTALL)
    member = server.add_user(role=0)
    python = f"{sys.executable} -m trieve_py_client.keys"
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TRIEVE_", "GITHUB_"))}
    environ.update(env, ORG_ID=server.organization_id, USER_ID=member.user_id)
    done = subprocess.run(
        ["bash", "-ec", script.replace("trieve-keys", python)],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not KEY_VALUE.search(done.stdout + done.stderr)
    assert stat.S_IMODE((tmp_path / "rotated.key").stat().st_mode) == 0o600
    assert list(key_names(server, user).values()) == ["local-server"]
    assert server.role_of(member.user_id, server.organization_id) == 1
