"""Processes: after ``os.fork()`` (multiprocessing's fork pools, gunicorn --preload, Celery's
prefork) a child starts with its own connections and its own locks.

Each child runs under a deadline: a child that hangs is killed and the test fails, rather
than the test run hanging with it.
"""

from __future__ import annotations

import json
import os
import select
import signal
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import urllib3
from support import new_key
from support.faultserver import Exchange, FaultServer, response_bytes

from trieve_py_client import ApiClient, Configuration, UserApi, _logging, _redaction
from trieve_py_client._operation import Operation
from trieve_py_client._redaction import redact_text

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")

# A bound for a hang, not a measure of speed: a child that works finishes in well under it.
_CHILD_DEADLINE = 30.0


def run_in_child(work: Callable[[], Any]) -> Any:
    """Run ``work`` in a forked child and return what it returned (JSON), or fail the test if
    the child raised or did not finish before the deadline."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12 warns of a fork in a process with threads (the loopback server's).
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: report, then leave without running the parent's cleanup
        os.close(read_end)
        try:
            outcome = {"ok": work()}
        except BaseException as exc:  # reported to the parent, which fails
            outcome = {"error": f"{type(exc).__name__}: {exc}"}
        with os.fdopen(write_end, "w") as out:
            out.write(json.dumps(outcome))
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        ready, _, _ = select.select([reader], [], [], _CHILD_DEADLINE)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail(f"the forked child did not finish in {_CHILD_DEADLINE} s: it hangs")
        text = reader.read()
    os.waitpid(pid, 0)
    outcome = json.loads(text)
    assert "error" not in outcome, outcome["error"]
    return outcome["ok"]


def _echo_caller(exchange: Exchange) -> bool:
    """Answer a key listing with one key named after the caller (its X-Caller header)."""
    caller = exchange.request.header("X-Caller") or "?"
    body = [
        {
            "id": "00000000-0000-0000-0000-000000000001",
            "name": caller,
            "role": 0,
            "user_id": "00000000-0000-0000-0000-000000000002",
            "created_at": "2024-01-01T00:00:00",
            "updated_at": "2024-01-01T00:00:00",
        }
    ]
    exchange.send(
        response_bytes(200, json.dumps(body).encode(), [("Content-Type", "application/json")])
    )
    return True


@pytest.fixture
def echo_server() -> Iterator[FaultServer]:
    with FaultServer(_echo_caller) as server:
        yield server


def test_a_forked_child_sends_on_a_connection_of_its_own(echo_server: FaultServer) -> None:
    config = Configuration(host=echo_server.url, api_key={"ApiKey": new_key()})
    with ApiClient(config) as client:
        api = UserApi(client)
        assert api.get_user_api_keys(_headers={"X-Caller": "parent"})[0].name == "parent"
        assert echo_server.connections == 1  # pooled, for the next request to reuse

        def child() -> str:
            return api.get_user_api_keys(_headers={"X-Caller": "child"})[0].name

        # The child read its own answer, which came over a new connection.
        assert run_in_child(child) == "child"
        assert echo_server.requests[-1].header("X-Caller") == "child"
        assert echo_server.requests[-1].connection == 2
        assert echo_server.connections == 2
        # The parent's pooled connection is intact and still its own.
        assert api.get_user_api_keys(_headers={"X-Caller": "parent"})[0].name == "parent"
        assert echo_server.requests[-1].connection == 1
        assert echo_server.connections == 2


def test_a_pool_manager_set_by_the_caller_is_left_to_the_caller(
    echo_server: FaultServer,
) -> None:
    with ApiClient(Configuration(host=echo_server.url, api_key={"ApiKey": new_key()})) as client:
        mine = urllib3.PoolManager()
        client.rest_client.pool_manager = mine

        def child() -> bool:
            return client.rest_client.pool_manager is mine

        assert run_in_child(child) is True


# A design rule: every lock of the SDK is made anew in a forked child. A thread holds the lock
# itself, the one way to fork at the worst moment every time.
@pytest.mark.parametrize(
    ("lock_of", "work", "expected"),
    [
        pytest.param(
            lambda: _redaction._KNOWN._lock,  # the registry of known secrets
            lambda: redact_text(Configuration(api_key={"ApiKey": "tr-child"}).api_key["ApiKey"]),
            "<redacted>",
            id="known-secrets",
        ),
        pytest.param(
            lambda: _logging.DEBUG._lock,  # the debug switch, reference-counted
            lambda: Configuration(debug=True).debug,
            True,
            id="debug-switch",
        ),
    ],
)
def test_a_child_forked_while_a_thread_holds_a_lock_of_the_sdk_does_not_hang(
    lock_of: Callable[[], threading.Lock], work: Callable[[], Any], expected: object
) -> None:
    held, release = threading.Event(), threading.Event()

    def holder() -> None:
        with lock_of():
            held.set()
            release.wait()

    thread = threading.Thread(target=holder, daemon=True)
    thread.start()
    assert held.wait(_CHILD_DEADLINE)
    try:
        assert run_in_child(work) == expected
    finally:
        release.set()
        thread.join()


def test_the_oldest_secrets_are_forgotten_past_the_bound() -> None:
    # A secret of no known shape, which only its registration masks.
    first = "odd-shaped-credential-" + new_key()[3:11]
    Configuration(api_key={"ApiKey": first})
    assert redact_text(f"a {first} b") == "a <redacted> b"
    for _ in range(4096):
        Configuration(api_key={"ApiKey": new_key()})
    last = new_key()
    Configuration(api_key={"ApiKey": last})
    assert redact_text(last) == "<redacted>"
    assert first not in _redaction.KNOWN_SECRETS
    assert len(_redaction.KNOWN_SECRETS) <= 4096
    # Forgotten by the masking too, not only from the list.
    assert redact_text(f"a {first} b") == f"a {first} b"


def test_a_child_forked_while_a_thread_loads_an_operations_models_does_not_hang() -> None:
    # An operation builds its map of response types on its first call, importing models:
    # a lock held around that (functools.cached_property's, on Python 3.10 and 3.11) would
    # be held for ever in a child forked meanwhile, for every operation of the SDK.
    inside, release = threading.Event(), threading.Event()

    def slow_models() -> dict[str, Any]:
        inside.set()
        release.wait()
        return {"200": None}

    slow = Operation("GET", "/slow", slow_models)
    thread = threading.Thread(target=lambda: slow.response_types, daemon=True)
    thread.start()
    assert inside.wait(_CHILD_DEADLINE)
    try:
        other = Operation("GET", "/other", lambda: {"204": None})
        assert run_in_child(lambda: list(other.response_types)) == ["204"]
    finally:
        release.set()
        thread.join()
    assert slow.response_types == {"200": None}
