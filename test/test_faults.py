"""Fault injection: every way a request can fail, against scripted servers on loopback.

Each case checks the exception class, the attempts the server (or the policy) saw, that nothing
hung, the waits the retry policy computed, and that the API key shows up in no output. The
retry policy's waits are recorded instead of slept, by conftest's ``sleeps``.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import logging
import secrets
import socket
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import urllib3
from faultserver import (
    Behaviour,
    FaultServer,
    backlogged_listener,
    close_without_response,
    closed_port,
    drip,
    html_response,
    json_response,
    no_content,
    redirect,
    reset_after,
    respond,
    response_bytes,
    self_signed_cert,
    server_tls_context,
    silent,
    truncated,
)
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.util import Retry, Timeout

from trieve_py_client import (
    ApiConnectionError,
    ApiException,
    ApiProxyError,
    ApiResponseError,
    ApiTimeoutError,
    ApiTLSError,
    Configuration,
    ServiceException,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    TooManyRequestsException,
    UpdateUserOrgRoleData,
    UserApi,
)

KEY = "tr-" + "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
MINTED = "tr-" + "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
ORG_ID = "5f0c1a52-9b7e-4c39-8a51-3d1f2b6e7c90"
KEY_ID = "0b6f3c2e-7d41-4e8a-9f12-6a5b4c3d2e1f"
TIMEOUT = 0.5
METHODS = ("POST", "PUT", "DELETE", "GET")
IDEMPOTENT = ("PUT", "DELETE", "GET")
# The policy's waits before retry 1 and retry 2: 0.5 s then 1 s, each plus up to 25 % jitter.
BACKOFF = ((0.5, 0.625), (1.0, 1.25))

Call = Callable[..., Any]
CALLS: dict[str, Call] = {
    "POST": lambda api, **kw: api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=1), **kw),
    "PUT": lambda api, **kw: api.update_user(
        UpdateUserOrgRoleData(organization_id=ORG_ID, role=1), **kw
    ),
    "DELETE": lambda api, **kw: api.delete_user_api_key(KEY_ID, **kw),
    "GET": lambda api, **kw: api.get_user_api_keys(**kw),
}
PATHS = {
    "POST": "/api/user/api_key",
    "PUT": "/api/user",
    "DELETE": f"/api/user/api_key/{KEY_ID}",
    "GET": "/api/user/api_key",
}
EXPECTED_RESULT: dict[str, Any] = {
    "POST": SetUserApiKeyResponse(api_key=MINTED),
    "PUT": None,
    "DELETE": None,
    "GET": [],
}


def success(method: str) -> Behaviour:
    """The documented success answer of each operation."""
    if method == "POST":
        return json_response(200, {"api_key": MINTED})
    if method == "GET":
        return json_response(200, [])
    return no_content()


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every TCP connection attempt urllib3 makes, by address."""
    attempts: list[tuple[str, int]] = []
    real = urllib3.util.connection.create_connection

    def spy(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        attempts.append(address)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", spy)
    return attempts


@pytest.fixture
def make_api(api_factory: Callable[..., UserApi]) -> Callable[..., UserApi]:
    """Builds a UserApi for a host, with the test key; every client is closed afterwards."""
    return functools.partial(api_factory, key=KEY)


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record, of every logger, at DEBUG and above."""
    caplog.set_level(logging.DEBUG)
    return caplog


def run(call: Call, api: UserApi, **options: Any) -> tuple[Any, BaseException | None, float]:
    """Call and return (result, exception, seconds taken)."""
    started = time.perf_counter()
    try:
        result = call(api, **options)
    except ApiException as exc:
        return None, exc, time.perf_counter() - started
    return result, None, time.perf_counter() - started


def urllib3_reason(exc: BaseException) -> BaseException:
    """The urllib3 error an SDK exception was raised from, unwrapped from MaxRetryError."""
    cause = exc.__cause__
    assert isinstance(cause, urllib3.exceptions.HTTPError), f"__cause__ is {cause!r}"
    if isinstance(cause, MaxRetryError):
        assert cause.reason is not None
        return cause.reason
    return cause


def assert_delays(recorded: list[float], expected: tuple[tuple[float, float], ...]) -> None:
    assert len(recorded) == len(expected), f"waits {recorded}, expected {expected}"
    for delay, (low, high) in zip(recorded, expected, strict=True):
        assert low - 0.01 <= delay <= high + 0.01, f"waits {recorded}, expected {expected}"


def assert_key_nowhere(
    caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str], *texts: str
) -> None:
    out, err = capfd.readouterr()
    rendered = [caplog.text, out, err, *texts]
    rendered.extend(record.getMessage() for record in caplog.records)
    for secret in (KEY, MINTED):
        for text in rendered:
            assert secret not in text


# -- the matrix -------------------------------------------------------------------------------


def per_method(post: Any, others: Any) -> dict[str, Any]:
    return {"POST": post, **dict.fromkeys(IDEMPOTENT, others)}


def everywhere(value: Any) -> dict[str, Any]:
    return dict.fromkeys(METHODS, value)


@dataclass(frozen=True)
class Fault:
    """One row of the matrix: how the server misbehaves and what each method must then do."""

    name: str
    # The server's script for a method; None: nothing listens (connection refused).
    script: Callable[[str], list[Behaviour]] | None
    # Per method: the exception class expected, or None where the call succeeds.
    error: dict[str, type[ApiException] | None]
    # Per method: requests the server read (for "refused": connection attempts).
    attempts: dict[str, int]
    # Per method: the retry waits expected, as (low, high) bounds; by default the backoff of
    # as many retries as were taken.
    delays: dict[str, tuple[tuple[float, float], ...]] | None = None
    # The urllib3 error behind the exception, where urllib3 raised one.
    reason: type[BaseException] | None = None


HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
GARBAGE = b'{"api_key": "oops", not json at all'
HEADERS_THEN_RESET = response_bytes(
    200, b'{"api_key": ', [("Content-Type", "application/json")], content_length=100
)
FAULTS = [
    Fault(
        "refused",
        None,
        error=everywhere(ApiConnectionError),
        attempts=everywhere(3),
        reason=NewConnectionError,
    ),
    Fault(
        "silent",
        lambda m: [silent()],
        error=everywhere(ApiTimeoutError),
        attempts=per_method(1, 3),
        reason=ReadTimeoutError,
    ),
    Fault(
        "reset_mid_status_line",
        lambda m: [reset_after(b"HTTP/1.1 200 OK\r\nContent-Ty")],
        error=everywhere(ApiConnectionError),
        attempts=per_method(1, 3),
        reason=ProtocolError,
    ),
    Fault(
        "closed_without_response",
        lambda m: [close_without_response()],
        error=everywhere(ApiConnectionError),
        attempts=per_method(1, 3),
        reason=ProtocolError,
    ),
    Fault(
        # Headers arrive, then a reset in the body. The body is read inside the retry loop, so
        # a broken body is a read error: retried for idempotent methods, never for a POST.
        "reset_mid_body",
        lambda m: [reset_after(HEADERS_THEN_RESET)],
        error=everywhere(ApiConnectionError),
        attempts=per_method(1, 3),
        reason=ProtocolError,
    ),
    Fault(
        # The headers arrive at once, then the body stalls (the first byte would come after
        # 30 s): the read timeout bounds each wait for data, so this is a read timeout,
        # retried for idempotent methods only. A body that keeps trickling in is not cut off:
        # see test_a_dripping_body_within_the_read_timeout_is_read_to_the_end.
        "stall_after_headers",
        lambda m: [drip(200, b'{"api_key": "x"}', interval=30.0)],
        error=everywhere(ApiTimeoutError),
        attempts=per_method(1, 3),
        reason=ReadTimeoutError,
    ),
    Fault(
        # Fewer bytes than Content-Length, then a clean close: a read error like the reset.
        "truncated_body",
        lambda m: [truncated(200, b'{"api_key": "tr-', 100, "application/json")],
        error=everywhere(ApiResponseError),
        attempts=per_method(1, 3),
        reason=ProtocolError,
    ),
    Fault(
        # PUT and DELETE expect no body, so a 200 with any body is still a success for them.
        "garbage_json",
        lambda m: [respond(200, GARBAGE, content_type="application/json")],
        error={"POST": ApiResponseError, "PUT": None, "DELETE": None, "GET": ApiResponseError},
        attempts=everywhere(1),
    ),
    Fault(
        "html_502",
        lambda m: [html_response(502, HTML_502)],
        error=everywhere(ServiceException),
        attempts=per_method(1, 3),
    ),
    Fault(
        "503_then_200",
        lambda m: [json_response(503, {"message": "busy"}, [("Retry-After", "1")]), success(m)],
        error=everywhere(None),
        attempts=everywhere(2),
        delays=everywhere(((1.0, 1.0),)),
    ),
    Fault(
        "429_retry_after_then_200",
        lambda m: [
            json_response(429, {"message": "slow down"}, [("Retry-After", "3")]),
            success(m),
        ],
        error=everywhere(None),
        attempts=everywhere(2),
        delays=everywhere(((3.0, 3.0),)),
    ),
    Fault(
        "500",
        lambda m: [json_response(500, {"message": "boom"})],
        error=everywhere(ServiceException),
        attempts=per_method(1, 3),
    ),
]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fault", FAULTS, ids=lambda fault: fault.name)
def test_fault_matrix(
    fault: Fault,
    method: str,
    make_api: Callable[..., UserApi],
    sleeps: list[float],
    connects: list[tuple[str, int]],
    logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with contextlib.ExitStack() as stack:
        if fault.script is None:
            server = None
            port = closed_port()
        else:
            server = stack.enter_context(FaultServer(*fault.script(method)))
            port = server.port
        api = make_api(f"http://127.0.0.1:{port}")
        result, exc, elapsed = run(CALLS[method], api, _request_timeout=TIMEOUT)
        attempts = len(connects) if server is None else server.attempts
        seen = [] if server is None else server.requests

    expected = fault.error[method]
    if expected is None:
        assert exc is None, f"unexpected {exc!r}"
        assert result == EXPECTED_RESULT[method]
    else:
        assert type(exc) is expected, f"got {exc!r}"
    assert attempts == fault.attempts[method], f"{attempts} attempts"
    assert all((r.method, r.path) == (method, PATHS[method]) for r in seen)
    # Nothing hangs: each attempt is bounded by its timeout (the waits between are not slept).
    assert elapsed <= attempts * (TIMEOUT + 1)
    delays = BACKOFF[: attempts - 1] if fault.delays is None else fault.delays[method]
    assert_delays(sleeps, delays)
    assert_key_nowhere(logs, capfd, str(exc), repr(exc))
    if exc is None:
        return
    if fault.reason is not None:
        assert isinstance(urllib3_reason(exc), fault.reason)
    if isinstance(exc, ServiceException):
        assert exc.status == 502 if fault.name == "html_502" else exc.status == 500
        if fault.name == "html_502":
            assert exc.body == HTML_502
            assert exc.data is None
            assert "502 Bad Gateway" in str(exc)
    else:
        # The message says what happened and to which host.
        assert f"127.0.0.1:{port}" in str(exc), str(exc)


# -- fail N times, then succeed ---------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_503_twice_then_200_succeeds_on_the_third_attempt(
    method: str, make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    busy = json_response(503, {"message": "busy"})
    with FaultServer(busy, busy, success(method)) as server:
        result = CALLS[method](make_api(server.url), _request_timeout=TIMEOUT)
        assert server.attempts == 3
    assert result == EXPECTED_RESULT[method]
    assert_delays(sleeps, BACKOFF)


@pytest.mark.parametrize("method", METHODS)
def test_503_three_times_with_two_retries_raises_after_three_attempts(
    method: str, make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    busy = json_response(503, {"message": "busy"})
    with FaultServer(busy, busy, busy, success(method)) as server:
        with pytest.raises(ServiceException) as raised:
            CALLS[method](make_api(server.url, retries=2), _request_timeout=TIMEOUT)
        assert server.attempts == 3
    assert raised.value.status == 503
    assert raised.value.data.message == "busy"
    assert_delays(sleeps, BACKOFF)


@pytest.mark.parametrize("method", IDEMPOTENT)
def test_500_then_200_is_retried_for_idempotent_methods(
    method: str, make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(json_response(500, {"message": "boom"}), success(method)) as server:
        result = CALLS[method](make_api(server.url), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert result == EXPECTED_RESULT[method]
    assert_delays(sleeps, BACKOFF[:1])


@pytest.mark.parametrize("status", [500, 502, 504])
def test_post_is_sent_exactly_once_on_a_server_error(
    status: int, make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(json_response(status, {"message": "boom"}), success("POST")) as server:
        with pytest.raises(ServiceException) as raised:
            CALLS["POST"](make_api(server.url), _request_timeout=TIMEOUT)
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
    make_api: Callable[..., UserApi],
    sleeps: list[float],
) -> None:
    value = retry_after() if callable(retry_after) else retry_after
    limited = json_response(status, {"message": "later"}, [("Retry-After", value)])
    # A POST too: the server did not act on a 429 or a 503.
    with FaultServer(limited, success("POST")) as server:
        result = CALLS["POST"](make_api(server.url), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert result == EXPECTED_RESULT["POST"]
    assert_delays(sleeps, ((low, high),))


def test_429_exhausted_raises_too_many_requests_after_waiting_each_retry_after(
    make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    limited = json_response(429, {"message": "slow down"}, [("Retry-After", "2")])
    with FaultServer(limited) as server:
        with pytest.raises(TooManyRequestsException) as raised:
            CALLS["POST"](make_api(server.url), _request_timeout=TIMEOUT)
        assert server.attempts == 3
    assert raised.value.status == 429
    assert raised.value.headers is not None
    assert raised.value.headers["Retry-After"] == "2"
    assert_delays(sleeps, ((2.0, 2.0), (2.0, 2.0)))


def test_backoff_doubles_from_half_a_second_and_is_capped_at_8_seconds(
    make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        with pytest.raises(ServiceException):
            CALLS["PUT"](make_api(server.url, retries=6), _request_timeout=TIMEOUT)
        assert server.attempts == 7
    bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert_delays(sleeps, tuple((base, min(8.0, base * 1.25)) for base in bases))


def test_backoff_has_jitter(make_api: Callable[..., UserApi], sleeps: list[float]) -> None:
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        api = make_api(server.url, retries=1)
        for _ in range(12):
            with pytest.raises(ServiceException):
                CALLS["GET"](api, _request_timeout=TIMEOUT)
    assert len(sleeps) == 12
    assert all(0.5 <= delay <= 0.625 for delay in sleeps)
    # Twelve draws of a continuous jitter are not all the same.
    assert len(set(sleeps)) > 1


# -- timeouts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("method", "attempts"), [("POST", 1), ("PUT", 3), ("DELETE", 3)])
def test_read_timeout_retried_only_for_idempotent_methods(
    method: str, attempts: int, make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    timeout = 0.3
    with FaultServer(silent()) as server:
        api = make_api(server.url, timeout=timeout)
        started = time.perf_counter()
        with pytest.raises(ApiTimeoutError) as raised:
            CALLS[method](api)
        elapsed = time.perf_counter() - started
        assert server.attempts == attempts
    assert elapsed <= attempts * (timeout + 1)
    assert isinstance(urllib3_reason(raised.value), ReadTimeoutError)
    assert len(sleeps) == attempts - 1


def test_a_dripping_body_within_the_read_timeout_is_read_to_the_end(
    make_api: Callable[..., UserApi],
) -> None:
    """The read timeout bounds each wait for data, not the whole body: a server that sends a
    byte every 0.05 s is not cut off, although the body takes longer than the read timeout."""
    body = b'{"api_key": "x"}'
    interval, read_timeout = 0.05, 0.5
    assert len(body) * interval > read_timeout  # the drip outlasts one read timeout
    with FaultServer(drip(200, body, interval=interval)) as server:
        api = make_api(server.url, retries=0)
        started = time.perf_counter()
        result = CALLS["POST"](api, _request_timeout=(1.0, read_timeout))
        elapsed = time.perf_counter() - started
        assert server.attempts == 1
    assert result == SetUserApiKeyResponse(api_key="x")
    # The whole body took longer than one read timeout: what bounds the call is each wait.
    assert elapsed > read_timeout


@pytest.mark.parametrize(
    "request_timeout",
    [0.3, (5.0, 0.3), Timeout(connect=5.0, read=0.3), Timeout(total=0.3)],
    ids=["number", "pair", "Timeout", "Timeout-total"],
)
def test_per_call_timeout_overrides_the_configured_one(
    request_timeout: Any, make_api: Callable[..., UserApi]
) -> None:
    with FaultServer(silent()) as server:
        api = make_api(server.url, timeout=30, retries=0)
        started = time.perf_counter()
        with pytest.raises(ApiTimeoutError):
            CALLS["GET"](api, _request_timeout=request_timeout)
        elapsed = time.perf_counter() - started
        assert server.attempts == 1
    assert elapsed <= 0.3 + 1


@pytest.mark.parametrize(
    "timeout",
    [0.3, (5.0, 0.3), Timeout(connect=5.0, read=0.3)],
    ids=["number", "pair", "Timeout"],
)
def test_configured_timeout_bounds_every_call(
    timeout: Any, make_api: Callable[..., UserApi]
) -> None:
    with FaultServer(silent()) as server:
        api = make_api(server.url, timeout=timeout, retries=0)
        started = time.perf_counter()
        with pytest.raises(ApiTimeoutError):
            CALLS["POST"](api)
        elapsed = time.perf_counter() - started
    assert elapsed <= 0.3 + 1


def test_default_timeout_is_5_seconds_to_connect_and_60_to_read(
    make_api: Callable[..., UserApi], monkeypatch: pytest.MonkeyPatch
) -> None:
    default = Configuration().timeout
    assert isinstance(default, Timeout)
    assert (default.connect_timeout, default.read_timeout) == (5.0, 60.0)
    # And it is what a call without _request_timeout hands urllib3.
    seen: list[Any] = []
    with FaultServer(success("GET")) as server:
        api = make_api(server.url)
        pool_manager = api.api_client.rest_client.pool_manager
        real_urlopen = pool_manager.urlopen

        def spy(*args: Any, **kwargs: Any) -> Any:
            seen.append(kwargs.get("timeout"))
            return real_urlopen(*args, **kwargs)

        monkeypatch.setattr(pool_manager, "urlopen", spy)
        CALLS["GET"](api)
    assert len(seen) == 1
    assert isinstance(seen[0], Timeout)
    assert (seen[0].connect_timeout, seen[0].read_timeout) == (5.0, 60.0)


def test_connect_timeout_is_a_timeout_and_retried_even_for_post(
    make_api: Callable[..., UserApi], sleeps: list[float], connects: list[tuple[str, int]]
) -> None:
    backlogged = backlogged_listener()
    if backlogged is None:
        pytest.skip("the kernel here does not leave a full accept queue's SYNs unanswered")
    try:
        api = make_api(f"http://127.0.0.1:{backlogged.port}")
        started = time.perf_counter()
        with pytest.raises(ApiTimeoutError) as raised:
            CALLS["POST"](api, _request_timeout=(0.3, 5.0))
        elapsed = time.perf_counter() - started
    finally:
        backlogged.close()
    assert len(connects) == 3
    assert elapsed <= 3 * (0.3 + 1)
    reason = urllib3_reason(raised.value)
    assert isinstance(reason, ConnectTimeoutError)
    assert not isinstance(reason, NewConnectionError)
    assert not isinstance(raised.value, ApiConnectionError)
    assert f"127.0.0.1:{backlogged.port}" in str(raised.value)
    assert_delays(sleeps, BACKOFF)


# -- retries configuration --------------------------------------------------------------------


@pytest.mark.parametrize("retries", [0, False])
def test_no_retries(
    retries: Any,
    make_api: Callable[..., UserApi],
    sleeps: list[float],
    connects: list[tuple[str, int]],
) -> None:
    with FaultServer(json_response(503, {"message": "busy"}), success("PUT")) as server:
        with pytest.raises(ServiceException):
            CALLS["PUT"](make_api(server.url, retries=retries), _request_timeout=TIMEOUT)
        assert server.attempts == 1
    connects.clear()
    with pytest.raises(ApiConnectionError):
        CALLS["PUT"](make_api(f"http://127.0.0.1:{closed_port()}", retries=retries))
    assert len(connects) == 1
    assert sleeps == []


def test_one_retry(make_api: Callable[..., UserApi], sleeps: list[float]) -> None:
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        with pytest.raises(ServiceException):
            CALLS["POST"](make_api(server.url, retries=1), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert_delays(sleeps, BACKOFF[:1])


def test_retries_changed_after_the_client_was_built_take_effect(
    make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        api = make_api(server.url)
        api.api_client.configuration.retries = 0
        with pytest.raises(ServiceException):
            CALLS["GET"](api, _request_timeout=TIMEOUT)
        assert server.attempts == 1
    assert sleeps == []


def test_custom_urllib3_retry_is_used_as_given(
    make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    policy = Retry(total=1, status_forcelist=[503], backoff_factor=0, raise_on_status=False)
    busy = json_response(503, {"message": "busy"})
    with FaultServer(busy, busy, success("PUT")) as server:
        with pytest.raises(ServiceException) as raised:
            CALLS["PUT"](make_api(server.url, retries=policy), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert raised.value.status == 503
    assert sleeps == []


def test_custom_urllib3_retry_with_default_raise_on_status_still_gives_the_status_class(
    make_api: Callable[..., UserApi], sleeps: list[float]
) -> None:
    # urllib3's Retry raises MaxRetryError(ResponseError) when statuses run out; the SDK's
    # promise is the status class (ServiceException, status 503) whatever the policy.
    policy = Retry(total=1, status_forcelist=[503], backoff_factor=0)
    with FaultServer(json_response(503, {"message": "busy"})) as server:
        with pytest.raises(ApiException) as raised:
            CALLS["PUT"](make_api(server.url, retries=policy), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert isinstance(raised.value, ServiceException), repr(raised.value)
    assert raised.value.status == 503


def test_a_post_whose_connection_was_refused_is_retried_and_sent_once(
    make_api: Callable[..., UserApi],
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
        result = CALLS["POST"](make_api(server.url), _request_timeout=TIMEOUT)
        assert server.attempts == 1
    assert len(calls) == 2
    assert result == EXPECTED_RESULT["POST"]
    assert_delays(sleeps, BACKOFF[:1])


def test_the_pool_carries_no_hidden_retries(make_api: Callable[..., UserApi]) -> None:
    api = make_api("http://127.0.0.1:1", retries=0)
    pool_manager = api.api_client.rest_client.pool_manager
    policy = pool_manager.connection_pool_kw["retries"]
    assert isinstance(policy, Retry)
    # However the policy spells its budget, the first failure of every kind is the last.
    failures: list[dict[str, Any]] = [
        {"error": NewConnectionError(None, "refused")},  # type: ignore[arg-type]
        {"error": ReadTimeoutError(None, "/", "slow")},  # type: ignore[arg-type]
        {"error": ProtocolError("reset")},
        {"response": urllib3.HTTPResponse(status=503)},
    ]
    for failure in failures:
        with pytest.raises(MaxRetryError):
            policy.increment("GET", "/api/user/api_key", **failure)


# -- TLS, proxy, DNS --------------------------------------------------------------------------


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    made = self_signed_cert(tmp_path)
    if made is None:
        pytest.skip("the openssl command is not installed")
    return made


def test_self_signed_certificate_with_verification_on_is_a_tls_error(
    tls_files: tuple[Path, Path],
    make_api: Callable[..., UserApi],
    logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with FaultServer(success("GET"), tls=server_tls_context(*tls_files)) as server:
        with pytest.raises(ApiTLSError) as raised:
            CALLS["GET"](make_api(server.url), _request_timeout=TIMEOUT)
        assert server.attempts == 0
        assert server.connections == 1  # a failed handshake is not retried
    assert isinstance(raised.value, ApiConnectionError)
    assert isinstance(urllib3_reason(raised.value), SSLError)
    assert f"127.0.0.1:{server.port}" in str(raised.value)
    assert_key_nowhere(logs, capfd, str(raised.value))


def test_self_signed_certificate_trusted_through_ssl_ca_cert(
    tls_files: tuple[Path, Path], make_api: Callable[..., UserApi]
) -> None:
    cert, _ = tls_files
    with FaultServer(success("GET"), tls=server_tls_context(*tls_files)) as server:
        api = make_api(server.url, ssl_ca_cert=str(cert))
        assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
        assert server.attempts == 1
        assert server.requests[0].header("Authorization") == KEY


def test_proxy_that_cannot_be_reached_is_a_proxy_error(
    make_api: Callable[..., UserApi],
    sleeps: list[float],
    connects: list[tuple[str, int]],
) -> None:
    port = closed_port()
    api = make_api("http://api.example.test", proxy=f"http://127.0.0.1:{port}")
    with pytest.raises(ApiProxyError) as raised:
        CALLS["GET"](api, _request_timeout=TIMEOUT)
    assert isinstance(raised.value, ApiConnectionError)
    assert isinstance(urllib3_reason(raised.value), ProxyError)
    # Nothing was sent: a failed connect to the proxy is retried like any connect.
    assert connects == [("127.0.0.1", port)] * 3
    assert_delays(sleeps, BACKOFF)
    assert "api.example.test" in str(raised.value)


def test_proxy_that_refuses_to_tunnel_is_a_proxy_error_and_never_sees_the_key(
    make_api: Callable[..., UserApi],
) -> None:
    with FaultServer(respond(403, "no tunnel for you", close=True)) as proxy:
        api = make_api("https://api.example.test", proxy=proxy.url)
        with pytest.raises(ApiProxyError) as raised:
            CALLS["POST"](api, _request_timeout=TIMEOUT)
        assert [r.method for r in proxy.requests] == ["CONNECT"]
        request = proxy.requests[0]
    assert request.target == "api.example.test:443"
    assert request.header("Authorization") is None
    assert KEY not in repr(request)
    assert isinstance(urllib3_reason(raised.value), ProxyError)


def test_unknown_host_is_a_connection_error_that_fails_fast(
    make_api: Callable[..., UserApi],
    sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No resolver is consulted: the lookup fails as a resolver would, at once.
    lookups: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.endswith(".invalid"):
            lookups.append(host)
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    api = make_api("http://does-not-exist.invalid")
    with pytest.raises(ApiConnectionError) as raised:
        CALLS["POST"](api, _request_timeout=TIMEOUT)
    assert not isinstance(raised.value, ApiTimeoutError)
    assert isinstance(urllib3_reason(raised.value), NameResolutionError)
    assert lookups == ["does-not-exist.invalid"] * 3  # nothing was sent: retried
    assert "does-not-exist.invalid" in str(raised.value)
    assert_delays(sleeps, BACKOFF)


# -- redirects and the pool -------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_cross_host_redirect_forwards_no_credentials(
    method: str, make_api: Callable[..., UserApi]
) -> None:
    # Another port is another origin: urllib3's is_same_host compares scheme, host and port.
    with FaultServer(success(method)) as other:
        target = f"{other.url}{PATHS[method]}"
        with FaultServer(redirect(target)) as first:
            api = make_api(first.url)
            result = CALLS[method](api, _request_timeout=TIMEOUT, _headers={"x-api-key": KEY})
            assert not api.api_client.rest_client.pool_manager.connection_from_url(
                first.url
            ).is_same_host(target)
            sent_first = first.requests
        sent_other = other.requests
    assert result == EXPECTED_RESULT[method]
    assert sent_first[0].header("Authorization") == KEY
    assert sent_first[0].header("x-api-key") == KEY
    assert len(sent_other) == 1
    assert sent_other[0].header("Authorization") is None
    assert sent_other[0].header("x-api-key") is None
    assert KEY not in repr(sent_other[0])
    if method == "POST":  # 307 keeps the method and the body
        assert sent_other[0].method == "POST"
        assert sent_other[0].json() == {"name": "ci", "role": 1}


def test_redirect_to_another_host_name_forwards_no_credentials(
    make_api: Callable[..., UserApi],
) -> None:
    with FaultServer(success("GET")) as server:
        # Same socket, another name: "localhost" is not "127.0.0.1" to the client.
        server_script_target = f"http://localhost:{server.port}/api/user/api_key"
        with FaultServer(redirect(server_script_target)) as first:
            # The first server redirects to the second under the name "localhost".
            api = make_api(first.url)
            CALLS["GET"](api, _request_timeout=TIMEOUT)
        sent = server.requests
    assert len(sent) == 1
    assert sent[0].header("Authorization") is None


def test_same_host_redirect_keeps_the_key(make_api: Callable[..., UserApi]) -> None:
    with FaultServer(redirect("/api/user/api_key?page=2"), success("GET")) as server:
        assert CALLS["GET"](make_api(server.url), _request_timeout=TIMEOUT) == []
        sent = server.requests
    assert [r.target for r in sent] == ["/api/user/api_key", "/api/user/api_key?page=2"]
    assert [r.header("Authorization") for r in sent] == [KEY, KEY]


def test_sequential_calls_share_one_connection(make_api: Callable[..., UserApi]) -> None:
    with FaultServer(success("GET")) as server:
        api = make_api(server.url)
        for _ in range(20):
            assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
        assert server.attempts == 20
        assert server.connections == 1
