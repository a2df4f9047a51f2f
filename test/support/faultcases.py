"""What the fault-injection tests share: one call per method, its path and its success answer,
the policy's expected waits, and checks on what an exception carries and what was printed."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
import urllib3
from urllib3.exceptions import MaxRetryError

from support import KEY, KEY_ID, MINTED, ORG_ID
from support.faultserver import Behaviour, json_response, no_content
from trieve_py_client import (
    ApiException,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    UpdateUserOrgRoleData,
    UserApi,
)

TIMEOUT = 0.5
# For calls that must time out: every attempt waits it out, so it is short.
TIMED_OUT = 0.2
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
