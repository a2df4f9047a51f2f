"""An operation that only reads (``Operation.read_only``, the spec's ``x-read-only``): its POST
is retried wherever a GET is, and its failures never leave the outcome unknown, while every
other POST is still sent once. Each case fails N times on a loopback server, then succeeds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from support import KEY
from support.faultcases import BACKOFF, TIMED_OUT, TIMEOUT, assert_delays
from support.faultserver import (
    Behaviour,
    FaultServer,
    close_without_response,
    json_response,
    reset_after,
    respond,
    response_bytes,
    silent,
    truncated,
)
from urllib3.util import Retry

from trieve_py_client import (
    ApiConnectionError,
    ApiException,
    ApiResponseError,
    ApiTimeoutError,
    ServiceException,
    UserApi,
)
from trieve_py_client.api_client import ApiClient, Operation, RequestOptions

COUNTED = {"count": 3}
SEARCH = Operation(
    method="POST",
    path="/api/chunk/count",
    responses={"200": dict[str, int]},
    content_type="application/json",
    read_only=True,
    name="count_chunks",
)
WRITE = Operation(
    method="POST",
    path="/api/chunk",
    responses={"200": dict[str, int]},
    content_type="application/json",
    name="create_chunk",
)
BODY = {"query": "q"}


def found() -> Behaviour:
    return json_response(200, COUNTED)


@dataclass(frozen=True)
class Failure:
    """A failure after which the server may have acted, had the request been a write."""

    name: str
    answer: Callable[[], Behaviour]
    error: type[ApiException]
    timeout: float = TIMEOUT


HEADERS_THEN_RESET = response_bytes(
    200, b'{"count": ', [("Content-Type", "application/json")], content_length=40
)
FAILURES = [
    Failure("500", lambda: json_response(500, {"message": "boom"}), ServiceException),
    Failure("502", lambda: respond(502, b"bad gateway"), ServiceException),
    Failure("504", lambda: respond(504, b"gateway timeout"), ServiceException),
    Failure("read_timeout", silent, ApiTimeoutError, timeout=TIMED_OUT),
    Failure("closed_without_response", close_without_response, ApiConnectionError),
    Failure("reset_mid_body", lambda: reset_after(HEADERS_THEN_RESET), ApiConnectionError),
    Failure(
        "truncated_body",
        lambda: truncated(200, b'{"count": 3', 40, "application/json"),
        ApiResponseError,
    ),
]
IDS = [failure.name for failure in FAILURES]


def execute(api: UserApi, operation: Operation, timeout: float = TIMEOUT) -> Any:
    options: RequestOptions = {"_request_timeout": timeout}
    return api.api_client.execute(operation, options, body=BODY).data


@pytest.mark.parametrize("failure", FAILURES, ids=IDS)
def test_a_read_only_post_fails_twice_then_succeeds(
    failure: Failure, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(failure.answer(), failure.answer(), found()) as server:
        result = execute(api_factory(server.url, KEY), SEARCH, failure.timeout)
        assert server.attempts == 3
        assert {(r.method, r.path) for r in server.requests} == {("POST", "/api/chunk/count")}
        assert all(r.json() == BODY for r in server.requests)
    assert result == COUNTED
    assert_delays(sleeps, BACKOFF)


@pytest.mark.parametrize("failure", FAILURES, ids=IDS)
def test_an_ordinary_post_is_sent_once_and_its_outcome_is_unknown(
    failure: Failure, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(failure.answer(), found()) as server:
        with pytest.raises(failure.error) as raised:
            execute(api_factory(server.url, KEY), WRITE, failure.timeout)
        assert server.attempts == 1
    assert raised.value.outcome_unknown is True
    assert "outcome is unknown" in str(raised.value)
    assert sleeps == []


@pytest.mark.parametrize("failure", FAILURES, ids=IDS)
def test_a_read_only_post_that_keeps_failing_says_the_outcome_is_known(
    failure: Failure, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(failure.answer()) as server:
        with pytest.raises(failure.error) as raised:
            execute(api_factory(server.url, KEY), SEARCH, failure.timeout)
        assert server.attempts == 3
    assert (raised.value.outcome_unknown, raised.value.attempts) == (False, 3)
    assert "outcome is unknown" not in str(raised.value)
    assert_delays(sleeps, BACKOFF)


def test_the_unread_variant_of_a_read_only_post_is_retried_too(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(silent()) as server:
        client: ApiClient = api_factory(server.url, KEY).api_client
        with pytest.raises(ApiTimeoutError) as raised:
            client.send(SEARCH, {"_request_timeout": TIMED_OUT}, body=BODY)
        assert server.attempts == 3
    assert raised.value.outcome_unknown is False
    assert_delays(sleeps, BACKOFF)


def test_read_only_and_ordinary_posts_on_one_client_keep_their_own_rules(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    boom = json_response(500, {"message": "boom"})
    with FaultServer(boom, found(), boom, boom, found()) as server:
        api = api_factory(server.url, KEY)
        assert execute(api, SEARCH) == COUNTED
        with pytest.raises(ServiceException):
            execute(api, WRITE)
        assert execute(api, SEARCH) == COUNTED
        paths = [request.path for request in server.requests]
    assert paths == ["/api/chunk/count"] * 2 + ["/api/chunk"] + ["/api/chunk/count"] * 2
    assert len(sleeps) == 2


# -- the configured policy stays in charge -------------------------------------------------------

FORCE_500 = {"status_forcelist": [500], "backoff_factor": 0, "raise_on_status": False}
POLICIES = {
    # (Configuration.retries, attempts of a read-only POST failing 500 then succeeding)
    "default": (2, 2),
    "none": (0, 1),
    "count": (1, 2),
    "retry_that_retries_get": (Retry(total=2, allowed_methods=["GET"], **FORCE_500), 2),
    "retry_that_never_retries_get": (Retry(total=2, allowed_methods=["PUT"], **FORCE_500), 1),
    "retry_of_every_method": (Retry(total=2, allowed_methods=None, **FORCE_500), 2),
}


@pytest.mark.parametrize(("retries", "attempts"), list(POLICIES.values()), ids=list(POLICIES))
def test_a_read_only_post_is_retried_as_the_configured_policy_retries_a_get(
    retries: Any, attempts: int, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    boom = json_response(500, {"message": "boom"})
    with FaultServer(boom, found()) as server:
        api = api_factory(server.url, KEY, retries=retries)
        if attempts == 1:
            with pytest.raises(ServiceException) as raised:
                execute(api, SEARCH)
            assert raised.value.outcome_unknown is False
        else:
            assert execute(api, SEARCH) == COUNTED
        assert server.attempts == attempts


def test_retries_changed_after_the_client_was_built_apply_to_read_only_posts(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    boom = json_response(500, {"message": "boom"})
    with FaultServer(boom, found(), boom, found()) as server:
        api = api_factory(server.url, KEY)
        assert execute(api, SEARCH) == COUNTED
        api.api_client.configuration.retries = 0
        with pytest.raises(ServiceException):
            execute(api, SEARCH)
        assert server.attempts == 3
