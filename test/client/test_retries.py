"""The retry policy: which failures are retried for which methods, how long it waits (backoff,
Retry-After), and how its budget is configured. Waits are recorded by conftest's ``sleeps``."""

from __future__ import annotations

import email.utils
import socket
import time
from collections.abc import Callable
from typing import Any

import pytest
import urllib3
from support import KEY
from support.faultcases import (
    BACKOFF,
    CALLS,
    EXPECTED_RESULT,
    IDEMPOTENT,
    METHODS,
    TIMEOUT,
    assert_delays,
    success,
)
from support.faultserver import FaultServer, closed_port, json_response
from urllib3.util import Retry

from trieve_py_client import (
    ApiConnectionError,
    ApiException,
    ServiceException,
    TooManyRequestsException,
    UserApi,
)

# -- fail N times, then succeed ---------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_503_twice_then_200_succeeds_on_the_third_attempt(
    method: str, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    busy = json_response(503, {"message": "busy"})
    with FaultServer(busy, busy, success(method)) as server:
        result = CALLS[method](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 3
    assert result == EXPECTED_RESULT[method]
    assert_delays(sleeps, BACKOFF)


@pytest.mark.parametrize("method", METHODS)
def test_503_three_times_with_two_retries_raises_after_three_attempts(
    method: str, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    busy = json_response(503, {"message": "busy"})
    with FaultServer(busy, busy, busy, success(method)) as server:
        with pytest.raises(ServiceException) as raised:
            CALLS[method](api_factory(server.url, KEY, retries=2), _request_timeout=TIMEOUT)
        assert server.attempts == 3
    assert raised.value.status == 503
    assert raised.value.data.message == "busy"
    assert_delays(sleeps, BACKOFF)


@pytest.mark.parametrize("method", IDEMPOTENT)
def test_500_then_200_is_retried_for_idempotent_methods(
    method: str, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(json_response(500, {"message": "boom"}), success(method)) as server:
        result = CALLS[method](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert result == EXPECTED_RESULT[method]
    assert_delays(sleeps, BACKOFF[:1])


@pytest.mark.parametrize("status", [500, 502, 504])
def test_post_is_sent_exactly_once_on_a_server_error(
    status: int, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(json_response(status, {"message": "boom"}), success("POST")) as server:
        with pytest.raises(ServiceException) as raised:
            CALLS["POST"](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 1
        assert server.requests[0].json() == {"name": "ci", "role": 1}
    assert raised.value.status == status
    assert sleeps == []


def _http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [
        ("7", 7.0, 7.0),
        ("120", 60.0, 60.0),
        (lambda: _http_date(30), 28.0, 30.0),
        (lambda: _http_date(3600), 60.0, 60.0),
    ],
    ids=["seconds", "seconds-capped", "http-date", "http-date-capped"],
)
def test_retry_after_is_honoured_and_capped_at_60_seconds(
    status: int,
    retry_after: Any,
    low: float,
    high: float,
    api_factory: Callable[..., UserApi],
    sleeps: list[float],
) -> None:
    value = retry_after() if callable(retry_after) else retry_after
    limited = json_response(status, {"message": "later"}, [("Retry-After", value)])
    # A POST too: the server did not act on a 429 or a 503.
    with FaultServer(limited, success("POST")) as server:
        result = CALLS["POST"](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert result == EXPECTED_RESULT["POST"]
    assert_delays(sleeps, ((low, high),))


def test_429_exhausted_raises_too_many_requests_after_waiting_each_retry_after(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    limited = json_response(429, {"message": "slow down"}, [("Retry-After", "2")])
    with FaultServer(limited) as server:
        with pytest.raises(TooManyRequestsException) as raised:
            CALLS["POST"](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 3
    assert raised.value.status == 429
    assert raised.value.headers is not None
    assert raised.value.headers["Retry-After"] == "2"
    assert_delays(sleeps, ((2.0, 2.0), (2.0, 2.0)))


def test_backoff_doubles_from_half_a_second_and_is_capped_at_8_seconds(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        with pytest.raises(ServiceException):
            CALLS["PUT"](api_factory(server.url, KEY, retries=6), _request_timeout=TIMEOUT)
        assert server.attempts == 7
    bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert_delays(sleeps, tuple((base, min(8.0, base * 1.25)) for base in bases))


def test_backoff_has_jitter(api_factory: Callable[..., UserApi], sleeps: list[float]) -> None:
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        api = api_factory(server.url, KEY, retries=1)
        for _ in range(12):
            with pytest.raises(ServiceException):
                CALLS["GET"](api, _request_timeout=TIMEOUT)
    assert len(sleeps) == 12
    assert all(0.5 <= delay <= 0.625 for delay in sleeps)
    # Twelve draws of a continuous jitter are not all the same.
    assert len(set(sleeps)) > 1


# -- retries configuration --------------------------------------------------------------------


@pytest.mark.parametrize("retries", [0, False])
def test_no_retries(
    retries: Any,
    api_factory: Callable[..., UserApi],
    sleeps: list[float],
    connects: list[tuple[str, int]],
) -> None:
    with FaultServer(json_response(503, {"message": "busy"}), success("PUT")) as server:
        with pytest.raises(ServiceException):
            CALLS["PUT"](api_factory(server.url, KEY, retries=retries), _request_timeout=TIMEOUT)
        assert server.attempts == 1
    connects.clear()
    with pytest.raises(ApiConnectionError):
        CALLS["PUT"](api_factory(f"http://127.0.0.1:{closed_port()}", KEY, retries=retries))
    assert len(connects) == 1
    assert sleeps == []


def test_one_retry(api_factory: Callable[..., UserApi], sleeps: list[float]) -> None:
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        with pytest.raises(ServiceException):
            CALLS["POST"](api_factory(server.url, KEY, retries=1), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert_delays(sleeps, BACKOFF[:1])


def test_retries_changed_after_the_client_was_built_take_effect(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        api = api_factory(server.url, KEY)
        api.api_client.configuration.retries = 0
        with pytest.raises(ServiceException):
            CALLS["GET"](api, _request_timeout=TIMEOUT)
        assert server.attempts == 1
    assert sleeps == []


def test_custom_urllib3_retry_is_used_as_given(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    policy = Retry(total=1, status_forcelist=[503], backoff_factor=0, raise_on_status=False)
    busy = json_response(503, {"message": "busy"})
    with FaultServer(busy, busy, success("PUT")) as server:
        with pytest.raises(ServiceException) as raised:
            CALLS["PUT"](api_factory(server.url, KEY, retries=policy), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert raised.value.status == 503
    assert sleeps == []


def test_custom_urllib3_retry_with_default_raise_on_status_still_gives_the_status_class(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    # urllib3's Retry raises MaxRetryError(ResponseError) when statuses run out; the SDK's
    # promise is the status class (ServiceException, status 503) whatever the policy.
    policy = Retry(total=1, status_forcelist=[503], backoff_factor=0)
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        with pytest.raises(ApiException) as raised:
            CALLS["PUT"](api_factory(server.url, KEY, retries=policy), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert isinstance(raised.value, ServiceException), repr(raised.value)
    assert raised.value.status == 503


def test_a_post_whose_connection_was_refused_is_retried_and_sent_once(
    api_factory: Callable[..., UserApi],
    sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server was down for the first connect: nothing was sent, so a retry is safe."""
    real = urllib3.util.connection.create_connection
    calls: list[tuple[str, int]] = []

    def down_once(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        calls.append(address)
        if len(calls) == 1:
            raise ConnectionRefusedError(111, "Connection refused")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", down_once)
    with FaultServer(success("POST")) as server:
        result = CALLS["POST"](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 1
    assert len(calls) == 2
    assert result == EXPECTED_RESULT["POST"]
    assert_delays(sleeps, BACKOFF[:1])
