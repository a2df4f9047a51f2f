"""The README's code blocks and the demo run, against the bundled server, as a user runs them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from trieve_py_client import Configuration
from trieve_py_client.testing import LocalTrieveServer

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_block_runs(server: LocalTrieveServer, block: str) -> None:
    env = {"TRIEVE_BASE_URL": server.url, "TRIEVE_API_KEY": server.api_key}
    done = run(["-c", block], env)
    assert done.returncode == 0, done.stderr
    assert server.api_key not in done.stdout + done.stderr


def test_the_timeout_headline_promises_what_the_timeouts_do() -> None:
    """The intro's headline says what "Errors, timeouts and retries" says: the read timeout
    bounds each wait for data, not the whole call (a dripping server is not cut off, as
    test_faults.py's test_a_dripping_body_within_the_read_timeout_is_read_to_the_end shows)."""
    intro = README.split("## Installation")[0]
    (headline,) = [item for item in intro.split("\n- ") if "timeout" in item.lower()]
    headline = " ".join(headline.split())
    assert "hangs forever" not in README
    default = Configuration().timeout
    assert f"{default.connect_timeout:g} s to connect" in headline
    assert f"{default.read_timeout:g} s for each wait for data" in headline
    assert "not the whole call" in headline
    detail = " ".join(README.split("**Timeouts.**")[1].split("\n\n")[0].split())
    assert "bounds each wait for data" in detail
    assert "however slowly, is not cut off" in detail


def test_demo_tells_the_life_of_a_key_offline() -> None:
    done = run(["examples/quickstart.py"], {})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("No TRIEVE_API_KEY set: using the bundled local server")
    for step in range(1, 8):
        assert any(line.startswith(f"{step}. ") for line in lines), step
    assert "Can not grant a user a higher role" in done.stdout
    assert "(401): Unauthorized" in done.stdout
    assert not re.search(r"tr-[A-Za-z0-9]{32}", done.stdout + done.stderr)


def test_demo_uses_the_api_named_by_the_environment(server: LocalTrieveServer) -> None:
    member = server.add_user(role=0)
    env = {
        "TRIEVE_BASE_URL": server.url,
        "TRIEVE_API_KEY": server.api_key,
        "TRIEVE_ORGANIZATION_ID": server.organization_id,
        "TRIEVE_MEMBER_USER_ID": member.user_id,
    }
    done = run(["examples/quickstart.py"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Using the Trieve API at {server.url}")
    assert server.role_of(member.user_id, server.organization_id) == 1


def test_demo_asks_for_the_organization_on_the_real_api(server: LocalTrieveServer) -> None:
    done = run(
        ["examples/quickstart.py"],
        {"TRIEVE_BASE_URL": server.url, "TRIEVE_API_KEY": server.api_key},
    )
    assert done.returncode == 2
    assert "TRIEVE_ORGANIZATION_ID" in done.stdout
