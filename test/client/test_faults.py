"""Fault injection: every way a request can fail, against scripted servers on loopback.

Each case checks the exception class, the attempts the server (or the policy) saw, that nothing
hung, the waits the retry policy computed, and that the API key shows up in no output. The
retry policy's waits are recorded instead of slept, by conftest's ``sleeps``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from support import KEY
from support.faultcases import (
    BACKOFF,
    CALLS,
    EXPECTED_RESULT,
    IDEMPOTENT,
    METHODS,
    PATHS,
    TIMED_OUT,
    TIMEOUT,
    assert_delays,
    assert_key_nowhere,
    run,
    success,
    urllib3_reason,
)
from support.faultserver import (
    Behaviour,
    FaultServer,
    close_without_response,
    closed_port,
    drip,
    html_response,
    json_response,
    reset_after,
    respond,
    response_bytes,
    silent,
    truncated,
)
from urllib3.exceptions import NewConnectionError, ProtocolError, ReadTimeoutError

from trieve_py_client import (
    ApiConnectionError,
    ApiException,
    ApiResponseError,
    ApiTimeoutError,
    ServiceException,
    UserApi,
)

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
    # The per-call timeout: short where the call must time out, since every attempt waits it.
    timeout: float = TIMEOUT


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
        timeout=TIMED_OUT,
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
        timeout=TIMED_OUT,
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
    api_factory: Callable[..., UserApi],
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
        api = api_factory(f"http://127.0.0.1:{port}", KEY)
        result, exc, elapsed = run(CALLS[method], api, _request_timeout=fault.timeout)
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
    assert elapsed <= attempts * (fault.timeout + 1)
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
