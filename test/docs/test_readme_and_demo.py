"""The README's code blocks and the demo run, against the bundled server, as a user runs them."""

from __future__ import annotations

import itertools
import json
import os
import pty
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from support.faultserver import FaultServer, json_response

from trieve_py_client import Configuration, SetUserApiKeyRequest, UserApi
from trieve_py_client.testing import LocalTrieveServer

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
ALL_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
# The search example calls a route the bundled server does not serve; a stand-in answers it.
(SEARCH,) = [block for block in ALL_BLOCKS if ".search_chunks(" in block]
# Streamed answers and bulk ingest run against test/support/ragserver.py (test/docs/test_guides.py).
HELPERS = ("_stream(", "ingest_chunks(")
BLOCKS = [b for b in ALL_BLOCKS if b is not SEARCH and not any(h in b for h in HELPERS)]
QUICKSTART = re.findall(r"```python\n(.*?)```", README.split("## Quickstart")[1], re.DOTALL)[0]
DEMO = "examples/quickstart.py"


def run(
    args: list[str], env: dict[str, str], stdin: Any = subprocess.DEVNULL
) -> subprocess.CompletedProcess[str]:
    # stdin is never inherited: run from a terminal, pytest's would make the demo ask.
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, **env},
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def stand_in() -> Iterator[LocalTrieveServer]:
    """A server of its own standing in for the real API, so counts start from nothing."""
    with LocalTrieveServer() as running:
        yield running


def real_api_env(server: LocalTrieveServer, member_id: str | None = None) -> dict[str, str]:
    env = {
        "TRIEVE_BASE_URL": server.url,
        "TRIEVE_API_KEY": server.api_key,
        "TRIEVE_ORGANIZATION_ID": server.organization_id,
    }
    if member_id is not None:
        env["TRIEVE_MEMBER_USER_ID"] = member_id
    return env


def key_ids(api: UserApi) -> dict[str, str]:
    return {str(key.id): key.name for key in api.get_user_api_keys()}


def test_the_search_example_sends_its_filter_and_reads_the_results() -> None:
    chunk_id = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    chunk = {
        "id": chunk_id,
        "created_at": "2024-07-01T10:00:00",
        "updated_at": "2024-07-01T10:00:00",
    }
    chunk |= {"dataset_id": chunk_id, "weight": 1.0, "tag_set": ["docs"]}
    answer = {"id": chunk_id, "chunks": [{"chunk": chunk, "score": 0.25}], "total_pages": 1}
    with FaultServer(json_response(200, answer)) as server:
        env = {"TRIEVE_BASE_URL": server.url, "TRIEVE_API_KEY": "tr-x", "TRIEVE_DATASET_ID": "docs"}
        done = run(["-c", SEARCH], env)
        assert done.returncode == 0, done.stderr
        (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/api/chunk/search")
    assert (request.header("TR-Dataset"), request.header("X-API-Version")) == ("docs", "V2")
    assert request.json()["filters"] == {"must": [{"field": "tag_set", "match_any": ["docs"]}]}
    assert done.stdout.split() == ["0.250", chunk_id]


def test_the_retry_section_links_exactly_the_read_only_operations() -> None:
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    marked = {
        ("".join(op["tags"][0].split()) + "Api", op["operationId"])
        for item in spec["paths"].values()
        for op in item.values()
        if op.get("x-read-only")
    }
    section = README.split("The POSTs that change no data")[1].split("**What an exception")[0]
    links = re.findall(r"\[`(\w+)`\]\(docs/(\w+)\.md#(\w+)\)", section)
    assert {(page, anchor) for _text, page, anchor in links} == marked
    for text, page, anchor in links:
        assert text == anchor
        assert f"# **{anchor}**" in (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")


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


def test_the_quickstart_never_revokes_a_key_it_did_not_mint(
    stand_in: LocalTrieveServer, api_factory: Callable[..., UserApi]
) -> None:
    """Key names are not unique: an older key named like the quickstart's survives it."""
    api = api_factory(stand_in.url, key=stand_in.api_key)
    api.set_user_api_key(SetUserApiKeyRequest(name="ci-deploy", role=0))
    before = key_ids(api)
    done = run(
        ["-c", QUICKSTART], {"TRIEVE_BASE_URL": stand_in.url, "TRIEVE_API_KEY": stand_in.api_key}
    )
    assert done.returncode == 0, done.stderr
    assert key_ids(api) == before


def test_demo_tells_the_life_of_a_key_offline() -> None:
    done = run([DEMO], {})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Using the bundled local server at http://127.0.0.1:")
    for step in range(1, 12):
        assert any(line.startswith(f"{step}. ") for line in lines), step
    assert "found exactly one named 'quickstart-" in done.stdout
    assert "Can not grant a user a higher role" in done.stdout
    assert "(401): Unauthorized" in done.stdout
    # Steps 8 to 11: the bundled corpus ingested, searched with a tag filter, an answer streamed.
    corpus = json.loads((ROOT / "examples" / "plants.json").read_text(encoding="utf-8"))
    batches = -(-len(corpus) // 10)  # the demo's batches of 10, through the bulk helper
    assert f"9. Ingested {len(corpus)} chunks of plants.json in {batches} batches" in done.stdout
    mosses = {item["tracking_id"] for item in corpus if item["tag_set"] == ["mosses"]}
    after = lines[next(i for i, line in enumerate(lines) if line.startswith("10. ")) + 1 :]
    shown = itertools.takewhile(lambda line: line.startswith("    "), after)
    found = [line.split()[1].rstrip(":") for line in shown]
    assert found
    assert set(found) <= mosses
    at = next(i for i, line in enumerate(lines) if line.startswith("11. "))
    assert int(lines[at].split(" in ")[1].split()[0]) > 1
    # The citations parsed from the stream's JSON part are the chunks the answer numbers.
    cited = int(lines[at].split("citing ")[1].split()[0])
    assert cited > 0
    assert re.findall(r"\[(\d+)\]", lines[at + 1]) == [str(n) for n in range(1, cited + 1)]
    assert not re.search(r"tr-[A-Za-z0-9]{32}", done.stdout + done.stderr)


def test_an_exported_key_alone_does_not_turn_the_demo_to_the_real_api(
    stand_in: LocalTrieveServer,
) -> None:
    member = stand_in.add_user(role=0)
    keys = stand_in.api_key_count()
    done = run([DEMO], real_api_env(stand_in, member.user_id))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert (
        lines[0] == "Ignoring TRIEVE_API_KEY and TRIEVE_BASE_URL: pass --real-api to use that API."
    )
    assert lines[1].startswith("Using the bundled local server")
    assert stand_in.url not in done.stdout
    # Nothing reached the stand-in, and nothing in it changed.
    assert stand_in.connections_accepted == 0
    assert stand_in.api_key_count() == keys
    assert stand_in.role_of(member.user_id, stand_in.organization_id) == 0


def test_real_api_without_a_terminal_or_yes_refuses(stand_in: LocalTrieveServer) -> None:
    done = run([DEMO, "--real-api"], real_api_env(stand_in))
    assert done.returncode == 2
    assert "stdin is not a terminal" in done.stderr
    assert "--yes" in done.stderr
    assert "1. " not in done.stdout
    assert stand_in.connections_accepted == 0


def test_real_api_with_yes_revokes_exactly_the_key_it_minted(
    stand_in: LocalTrieveServer, api_factory: Callable[..., UserApi]
) -> None:
    """An older key named "quickstart" survives the demo, and still works; the demo's own key
    is gone; the member is promoted."""
    api = api_factory(stand_in.url, key=stand_in.api_key)
    older = api.set_user_api_key(SetUserApiKeyRequest(name="quickstart", role=0)).api_key
    before = key_ids(api)
    member = stand_in.add_user(role=0)
    done = run([DEMO, "--real-api", "--yes"], real_api_env(stand_in, member.user_id))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Using the Trieve API at {stand_in.url}")
    assert "Ignoring" not in done.stdout
    for step in range(1, 8):
        assert f"\n{step}. " in done.stdout, step
    assert key_ids(api) == before
    assert len(api_factory(stand_in.url, key=older).get_user_api_keys()) == len(before)
    assert stand_in.role_of(member.user_id, stand_in.organization_id) == 1


@pytest.mark.parametrize(
    ("answer", "returncode"),
    [("no", 2), ("", 2), ("yes", 0), ("127.0.0.1", 0)],
    ids=["no", "nothing", "yes", "host"],
)
def test_real_api_on_a_terminal_asks_for_the_host(
    stand_in: LocalTrieveServer, answer: str, returncode: int
) -> None:
    member = stand_in.add_user(role=0)
    keys = stand_in.api_key_count()
    primary, terminal = pty.openpty()
    try:
        # The line waits in the terminal's input until the demo reads it.
        os.write(primary, answer.encode() + b"\n")
        done = run([DEMO, "--real-api"], real_api_env(stand_in, member.user_id), stdin=terminal)
    finally:
        os.close(terminal)
        os.close(primary)
    assert done.returncode == returncode, done.stdout + done.stderr
    assert f"promotes user {member.user_id} to admin and deletes the key it minted" in done.stdout
    assert "Type the host name (127.0.0.1) or 'yes' to go on:" in done.stdout
    if returncode:
        assert "Not confirmed: nothing was sent." in done.stderr
        assert stand_in.connections_accepted == 0
        assert stand_in.role_of(member.user_id, stand_in.organization_id) == 0
    else:
        assert "7. The deleted key is refused now (401)" in done.stdout
        assert stand_in.role_of(member.user_id, stand_in.organization_id) == 1
    assert stand_in.api_key_count() == keys


@pytest.mark.parametrize("flags", [["--real-api"], ["--real-api", "--yes"]])
def test_real_api_needs_an_organization_and_asks_nothing_first(
    stand_in: LocalTrieveServer, flags: list[str]
) -> None:
    env = {"TRIEVE_BASE_URL": stand_in.url, "TRIEVE_API_KEY": stand_in.api_key}
    done = run([DEMO, *flags], env)
    assert done.returncode == 2
    assert "TRIEVE_ORGANIZATION_ID" in done.stdout
    assert stand_in.connections_accepted == 0


def test_real_api_needs_a_key(stand_in: LocalTrieveServer) -> None:
    done = run([DEMO, "--real-api", "--yes"], {"TRIEVE_BASE_URL": stand_in.url})
    assert done.returncode == 2
    assert "--real-api needs TRIEVE_API_KEY" in done.stdout
    assert stand_in.connections_accepted == 0
