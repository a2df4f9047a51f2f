"""Bad settings are refused early and clearly; one retry budget for every kind of failure;
malformed server hints and credential-shaped arguments never leak or crash."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from pydantic import ValidationError
from support import KEY
from support.faultserver import FaultServer, json_response, redirect, reset_after, respond

from trieve_py_client import (
    ApiClient,
    ApiValueError,
    Configuration,
    ServiceException,
    SetUserApiKeyRequest,
    TooManyRequestsException,
    UserApi,
)

ID = str(uuid.uuid4())


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ({"host": "api.trieve.ai"}, "host"),
        ({"host": "ftp://api.trieve.ai"}, "host"),
        ({"host": "https://"}, "host"),
    ],
)
def test_a_host_must_be_an_http_url(given: dict[str, str], name: str) -> None:
    with pytest.raises(ApiValueError, match=f"^{name} must be an http:// or https:// URL"):
        Configuration(**given)  # type: ignore[arg-type]


def test_the_environment_host_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIEVE_BASE_URL", "localhost:8090")
    with pytest.raises(ApiValueError, match="TRIEVE_BASE_URL must be"):
        Configuration()
    config = Configuration(host="http://127.0.0.1:1/")
    assert config.host == "http://127.0.0.1:1"  # no double slash before the paths
    with pytest.raises(ApiValueError, match="host must be"):
        config.host = "127.0.0.1:1"


def test_other_bad_settings_are_named() -> None:
    with pytest.raises(ApiValueError, match="api_key must be a dict"):
        Configuration(api_key="tr-oops")  # type: ignore[arg-type]
    for timeout in (float("inf"), float("nan"), 10**12, (1, 10**12)):
        with pytest.raises(ApiValueError, match="timeout must be"):
            Configuration(timeout=timeout)  # type: ignore[arg-type]
    config = Configuration(host="http://127.0.0.1:1")
    config.proxy = "ftp://proxy:21"
    with pytest.raises(ApiValueError, match="proxy must be"):
        ApiClient(config)


def test_a_per_call_timeout_too_large_fails_before_sending(
    api_factory: Callable[..., UserApi],
) -> None:
    with FaultServer() as server:
        with pytest.raises(ApiValueError, match="_request_timeout must be"):
            api_factory(server.url, KEY).delete_user_api_key(ID, _request_timeout=10**12)
        assert server.attempts == 0


def test_every_kind_of_failure_spends_the_same_budget(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    # 503, a reset, then 500: three failures of three kinds, on a PUT (retried for each).
    script = [respond(503), reset_after(b"HTTP/1.1 200 OK\r\n"), respond(500), respond(204)]
    with FaultServer(*script) as server:
        with pytest.raises(ServiceException) as raised:
            api_factory(server.url, KEY).delete_user_api_key(ID)
        assert raised.value.status == 500
        assert server.attempts == 3  # 1 + the 2 retries of the default policy


def test_redirects_do_not_spend_retries(api_factory: Callable[..., UserApi]) -> None:
    with FaultServer(respond(204)) as target:
        hops = [redirect(f"{target.url}/api/user/api_key/{ID}") for _ in range(3)]
        with FaultServer(*hops) as server:
            response = api_factory(server.url, KEY, retries=0).delete_user_api_key_with_http_info(
                ID
            )
        assert response.status_code == 204
        assert target.attempts == 1


@pytest.mark.parametrize("value", ["soon", "-1", "Thu, 99 Foo 2026"])
def test_a_malformed_retry_after_gets_the_usual_backoff(
    value: str, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    refused = json_response(429, {"message": "slow down"}, [("Retry-After", value)])
    with FaultServer(refused) as server:
        with pytest.raises(TooManyRequestsException) as raised:
            api_factory(server.url, KEY).set_user_api_key(SetUserApiKeyRequest(name="n", role=0))
        assert server.attempts == 3
    assert raised.value.status == 429
    assert raised.value.data.message == "slow down"
    assert len(sleeps) == 2
    assert 0.5 <= sleeps[0] <= 0.625
    assert 1.0 <= sleeps[1] <= 1.25


def test_a_credential_passed_by_mistake_is_not_quoted(api_factory: Callable[..., UserApi]) -> None:
    with FaultServer() as server:
        api = api_factory(server.url, KEY)
        with pytest.raises(ValidationError) as raised:
            api.delete_user_api_key(ID, _request_auth=KEY)  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as swapped:
            api.delete_user_api_key(KEY)  # the key where the key's id goes
        assert server.attempts == 0
    for error in (raised.value, swapped.value):
        assert KEY not in str(error)
        assert error.__context__ is None  # pydantic's first error quoted every input
    assert raised.value.errors()[0]["loc"] == ("_request_auth",)


def test_header_merging_is_case_blind_for_defaults_too(api_factory: Callable[..., UserApi]) -> None:
    with FaultServer() as server:
        api = api_factory(server.url, KEY)
        api.api_client.set_default_header("x-trace", "1")
        api.api_client.set_default_header("X-Trace", "2")
        api.api_client.user_agent = "agent/3"
        api.delete_user_api_key(ID)
        (sent,) = server.requests
    assert [v for k, v in sent.headers if k.lower() == "x-trace"] == ["2"]
    assert [v for k, v in sent.headers if k.lower() == "user-agent"] == ["agent/3"]
