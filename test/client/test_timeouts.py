"""Timeouts: the read timeout bounds each wait for data, per call or configured, and a connect
timeout is a timeout, retried even for a POST."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from support import KEY
from support.faultcases import BACKOFF, CALLS, TIMED_OUT, assert_delays, urllib3_reason
from support.faultserver import FaultServer, backlogged_listener, drip, silent
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ReadTimeoutError
from urllib3.util import Timeout

from trieve_py_client import (
    ApiConnectionError,
    ApiTimeoutError,
    Configuration,
    SetUserApiKeyResponse,
    UserApi,
)


@pytest.mark.parametrize(("method", "attempts"), [("POST", 1), ("PUT", 3), ("DELETE", 3)])
def test_read_timeout_retried_only_for_idempotent_methods(
    method: str, attempts: int, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    timeout = TIMED_OUT
    with FaultServer(silent()) as server:
        api = api_factory(server.url, KEY, timeout=timeout)
        started = time.perf_counter()
        with pytest.raises(ApiTimeoutError) as raised:
            CALLS[method](api)
        elapsed = time.perf_counter() - started
        assert server.attempts == attempts
    assert elapsed <= attempts * (timeout + 1)
    assert isinstance(urllib3_reason(raised.value), ReadTimeoutError)
    assert len(sleeps) == attempts - 1


def test_a_dripping_body_within_the_read_timeout_is_read_to_the_end(
    api_factory: Callable[..., UserApi],
) -> None:
    """The read timeout bounds each wait for data, not the whole body: a server that sends a
    byte every 0.05 s is not cut off, although the body takes longer than the read timeout."""
    body = b'{"api_key": "x"}'
    interval, read_timeout = 0.05, 0.5
    assert len(body) * interval > read_timeout  # the drip outlasts one read timeout
    with FaultServer(drip(200, body, interval=interval)) as server:
        api = api_factory(server.url, KEY, retries=0)
        started = time.perf_counter()
        result = CALLS["POST"](api, _request_timeout=(1.0, read_timeout))
        elapsed = time.perf_counter() - started
        assert server.attempts == 1
    assert result == SetUserApiKeyResponse(api_key="x")
    # The whole body took longer than one read timeout: what bounds the call is each wait.
    assert elapsed > read_timeout


@pytest.mark.parametrize(
    "request_timeout",
    [TIMED_OUT, (5.0, TIMED_OUT), Timeout(connect=5.0, read=TIMED_OUT), Timeout(total=TIMED_OUT)],
    ids=["number", "pair", "Timeout", "Timeout-total"],
)
def test_per_call_timeout_overrides_the_configured_one(
    request_timeout: Any, api_factory: Callable[..., UserApi]
) -> None:
    with FaultServer(silent()) as server:
        api = api_factory(server.url, KEY, timeout=30, retries=0)
        started = time.perf_counter()
        with pytest.raises(ApiTimeoutError):
            CALLS["GET"](api, _request_timeout=request_timeout)
        elapsed = time.perf_counter() - started
        assert server.attempts == 1
    assert elapsed <= TIMED_OUT + 1


@pytest.mark.parametrize(
    "timeout",
    [TIMED_OUT, (5.0, TIMED_OUT), Timeout(connect=5.0, read=TIMED_OUT)],
    ids=["number", "pair", "Timeout"],
)
def test_configured_timeout_bounds_every_call(
    timeout: Any, api_factory: Callable[..., UserApi]
) -> None:
    with FaultServer(silent()) as server:
        api = api_factory(server.url, KEY, timeout=timeout, retries=0)
        started = time.perf_counter()
        with pytest.raises(ApiTimeoutError):
            CALLS["POST"](api)
        elapsed = time.perf_counter() - started
    assert elapsed <= TIMED_OUT + 1


def test_default_timeout_is_5_seconds_to_connect_and_60_to_read() -> None:
    # A call without _request_timeout waits as the configuration says
    # (test_configured_timeout_bounds_every_call); this is what it says by default.
    default = Configuration().timeout
    assert isinstance(default, Timeout)
    assert (default.connect_timeout, default.read_timeout) == (5.0, 60.0)


def test_connect_timeout_is_a_timeout_and_retried_even_for_post(
    api_factory: Callable[..., UserApi], sleeps: list[float], connects: list[tuple[str, int]]
) -> None:
    backlogged = backlogged_listener()
    if backlogged is None:
        pytest.skip("the kernel here does not leave a full accept queue's SYNs unanswered")
    try:
        api = api_factory(f"http://127.0.0.1:{backlogged.port}", KEY)
        started = time.perf_counter()
        with pytest.raises(ApiTimeoutError) as raised:
            CALLS["POST"](api, _request_timeout=(TIMED_OUT, 5.0))
        elapsed = time.perf_counter() - started
    finally:
        backlogged.close()
    assert len(connects) == 3
    assert elapsed <= 3 * (TIMED_OUT + 1)
    reason = urllib3_reason(raised.value)
    assert isinstance(reason, ConnectTimeoutError)
    assert not isinstance(reason, NewConnectionError)
    assert not isinstance(raised.value, ApiConnectionError)
    assert f"127.0.0.1:{backlogged.port}" in str(raised.value)
    assert_delays(sleeps, BACKOFF)
