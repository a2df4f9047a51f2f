"""Secrets stay in: no API key, configured or freshly minted, shows up in any output.

Output means log records of every logger at every level (with ``debug = True``), stdout and
stderr, ``repr()``/``str()`` of every SDK object, exception messages and their tracebacks, and
``to_debug_report()``. Attribute access, ``to_dict()`` and ``to_json()`` do give the real value.
"""

from __future__ import annotations

import copy
import http.client
import logging
import pprint
import re
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import urllib3
from pydantic import ValidationError
from support import KEY, MINTED, new_key
from support.faultserver import (
    Behaviour,
    FaultServer,
    close_without_response,
    closed_port,
    json_response,
    respond,
    silent,
    truncated,
)

from trieve_py_client import (
    ApiConnectionError,
    ApiException,
    ApiResponse,
    ApiResponseError,
    ApiTimeoutError,
    BadRequestException,
    Configuration,
    ServiceException,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    UnauthorizedException,
    UpdateUserOrgRoleData,
    UserApi,
)
from trieve_py_client.testing import LocalTrieveServer

DURATION = re.compile(r"\d+(?:\.\d+)?\s*(?:ms|s)\b")


def exception_text(exc: BaseException) -> str:
    """Everything an exception shows: message, repr and the whole chained traceback."""
    return "\n".join([str(exc), repr(exc), *traceback.format_exception(exc)])


def assert_no_secret(texts: list[str], *keys: str) -> None:
    for key in keys:
        for text in texts:
            assert key not in text, f"a key leaked into: {text[:300]!r}"


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("urllib3", "trieve_py_client", "trieve_py_client.testing"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def logged_text(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = [caplog.text]
    for record in caplog.records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
    return texts


# -- the bundled server: every operation, success and refusal ---------------------------------


def test_every_operation_keeps_every_key_out_of_output(
    api_factory: Callable[..., UserApi],
    all_logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    shown: list[str] = []
    with LocalTrieveServer() as server:
        api = api_factory(server.url, server.api_key, debug=True)
        minted = api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=1))
        info = api.set_user_api_key_with_http_info(SetUserApiKeyRequest(name="second", role=0))
        keys = api.get_user_api_keys()
        listed = api.get_user_api_keys_with_http_info()
        api.update_user(UpdateUserOrgRoleData(organization_id=server.organization_id, role=2))
        second_id = next(k.id for k in keys if k.name == "second")
        deleted = api.delete_user_api_key_with_http_info(second_id)
        raw = api.get_user_api_keys_without_preload_content()
        raw.read()
        # The minted key works, and is as secret as the first one.
        as_minted = api_factory(server.url, minted.api_key, debug=True)
        as_minted.get_user_api_keys()
        errors: list[ApiException] = []
        with pytest.raises(BadRequestException) as bad:
            api.update_user(UpdateUserOrgRoleData(organization_id=str(uuid.uuid4()), role=0))
        errors.append(bad.value)
        stranger = new_key()
        with pytest.raises(UnauthorizedException) as unauthorized:
            api_factory(server.url, stranger, debug=True).get_user_api_keys()
        errors.append(unauthorized.value)
        with pytest.raises(UnauthorizedException) as revoked:
            api_factory(server.url, info.data.api_key, debug=True).get_user_api_keys()
        errors.append(revoked.value)
        secret_values = [server.api_key, minted.api_key, info.data.api_key, stranger]

    # The values themselves are there for whoever asks for them.
    assert minted.api_key.startswith("tr-")
    assert len(minted.api_key) == 35
    assert minted.to_dict() == {"api_key": minted.api_key}
    assert minted.api_key in minted.to_json()
    assert info.data.api_key.encode() in info.raw_data
    assert info.status_code == 200
    assert deleted.status_code == 204
    config = api.api_client.configuration
    assert config.api_key["ApiKey"] == server.api_key

    for obj in (minted, info, listed, deleted, keys, config, api.api_client, api, raw):
        shown.extend([repr(obj), str(obj)])
    shown.extend([minted.to_str(), info.data.to_str(), config.to_debug_report()])
    shown.extend(exception_text(exc) for exc in errors)
    out, err = capfd.readouterr()
    shown.extend([out, err, *logged_text(all_logs)])
    assert_no_secret(shown, *secret_values)
    assert "<redacted>" in repr(minted)


# -- scripted servers: bodies and headers that echo a key -------------------------------------


def _echo_cases() -> list[tuple[str, Behaviour, type[ApiException]]]:
    return [
        (
            "400-message-quotes-key",
            json_response(400, {"message": f"key {KEY} may not do that"}),
            BadRequestException,
        ),
        (
            "401-body-has-api_key-field",
            json_response(401, {"message": "Unauthorized", "api_key": KEY}),
            UnauthorizedException,
        ),
        (
            "500-html-quotes-key",
            respond(500, f"<html><pre>Authorization: {KEY}</pre></html>", content_type="text/html"),
            ServiceException,
        ),
        (
            "200-truncated-minted-key",
            truncated(200, f'{{"api_key": "{MINTED}'.encode(), 200, "application/json"),
            ApiResponseError,
        ),
        (
            "200-garbage-json-with-minted-key",
            respond(200, f'{{"api_key": "{MINTED}", oops', content_type="application/json"),
            ApiResponseError,
        ),
        (
            "200-wrong-shape-with-minted-key",
            json_response(200, {"api_key": 12, "note": MINTED}),
            ApiResponseError,
        ),
        (
            "200-key-of-another-shape",
            json_response(200, {"api_key": ["not", "a", "string"], "token": MINTED}),
            ApiResponseError,
        ),
    ]


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [case[1:] for case in _echo_cases()],
    ids=[case[0] for case in _echo_cases()],
)
def test_a_key_echoed_in_a_response_body_is_masked(
    behaviour: Behaviour,
    expected: type[ApiException],
    api_factory: Callable[..., UserApi],
    all_logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with FaultServer(behaviour) as server:
        api = api_factory(server.url, KEY, debug=True, retries=0)
        with pytest.raises(ApiException) as raised:
            api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=1), _request_timeout=2)
    assert type(raised.value) is expected
    out, err = capfd.readouterr()
    assert_no_secret([exception_text(raised.value), out, err, *logged_text(all_logs)], KEY, MINTED)


def test_a_key_echoed_in_a_response_header_is_masked(
    api_factory: Callable[..., UserApi],
    all_logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    # Some gateways echo the credential they rejected, under a header name of their own.
    echo = json_response(
        401, {"message": "Unauthorized"}, [("X-Rejected-Credential", KEY), ("Set-Cookie", KEY)]
    )
    with FaultServer(echo) as server:
        api = api_factory(server.url, KEY, debug=True, retries=0)
        with pytest.raises(UnauthorizedException) as raised:
            api.get_user_api_keys(_request_timeout=2)
    assert raised.value.headers is not None
    assert raised.value.headers["X-Rejected-Credential"] == KEY  # the attribute keeps it
    out, err = capfd.readouterr()
    assert_no_secret([exception_text(raised.value), out, err, *logged_text(all_logs)], KEY)


def test_a_key_at_the_edge_of_a_long_error_body_is_not_shown_in_part(
    api_factory: Callable[..., UserApi],
) -> None:
    # Messages show the first 2000 characters of a body: a key straddling that edge must not
    # come out with half its characters.
    body = "x" * 1985 + KEY + "y" * 100
    with FaultServer(respond(400, body, content_type="text/plain")) as server:
        api = api_factory(server.url, KEY, debug=True, retries=0)
        with pytest.raises(BadRequestException) as raised:
            api.get_user_api_keys(_request_timeout=2)
    assert raised.value.body == body
    message = str(raised.value)
    assert KEY[3:15] not in message, message[1900:2100]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (None, ApiConnectionError),
        (silent(), ApiTimeoutError),
        (close_without_response(), ApiConnectionError),
    ],
    ids=["refused", "timeout", "closed"],
)
def test_transport_failures_show_no_key(
    script: Behaviour | None,
    expected: type[ApiException],
    api_factory: Callable[..., UserApi],
    all_logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    sleeps: list[float],
) -> None:
    if script is None:
        api = api_factory(f"http://127.0.0.1:{closed_port()}", KEY, debug=True, retries=1)
        with pytest.raises(ApiException) as raised:
            api.update_user(UpdateUserOrgRoleData(organization_id=str(uuid.uuid4()), role=1))
    else:
        with FaultServer(script) as server:
            api = api_factory(server.url, KEY, debug=True, retries=1)
            with pytest.raises(ApiException) as raised:
                api.update_user(
                    UpdateUserOrgRoleData(organization_id=str(uuid.uuid4()), role=1),
                    _request_timeout=0.3,
                )
            assert all(r.header("Authorization") == KEY for r in server.requests)
    assert type(raised.value) is expected
    assert len(sleeps) == 1  # the one retry was taken, and its wait recorded, not slept
    out, err = capfd.readouterr()
    assert_no_secret([exception_text(raised.value), out, err, *logged_text(all_logs)], KEY)


# -- objects ----------------------------------------------------------------------------------


def test_configuration_never_shows_the_key() -> None:
    config = Configuration(
        host="http://127.0.0.1:1", api_key={"ApiKey": KEY}, api_key_prefix={"ApiKey": "Bearer"}
    )
    texts = [
        repr(config),
        str(config),
        f"{config}",
        repr(config.api_key),
        str(config.api_key),
        repr(copy.deepcopy(config)),
        repr(copy.copy(config)),
        config.to_debug_report(),
        pprint.pformat(config),
    ]
    assert_no_secret(texts, KEY)
    assert "API key set: True" in config.to_debug_report()
    # Access gives the value.
    assert config.api_key["ApiKey"] == KEY
    assert config.get_api_key_with_prefix("ApiKey") == f"Bearer {KEY}"
    assert config.auth_settings()["ApiKey"]["value"] == f"Bearer {KEY}"


def test_minted_key_model_masks_its_key_in_every_rendering() -> None:
    model = SetUserApiKeyResponse(api_key=MINTED)
    response = ApiResponse(
        status_code=200, data=model, raw_data=model.to_json().encode(), headers={}
    )
    texts = [
        repr(model),
        str(model),
        f"{model}",
        f"{model!r}",
        model.to_str(),
        pprint.pformat(model),
        repr([model]),
        repr({"new": model}),
        repr(model.model_copy()),
        repr(list(model.__rich_repr__())),  # type: ignore[misc]
        repr(response),
        str(response),
    ]
    assert_no_secret(texts, MINTED)
    assert model.api_key == MINTED
    assert model.to_dict() == {"api_key": MINTED}
    assert model.model_dump() == {"api_key": MINTED}
    assert SetUserApiKeyResponse.from_json(model.to_json()).api_key == MINTED
    assert response.data.api_key == MINTED


def test_rejected_assignment_does_not_quote_the_key() -> None:
    model = SetUserApiKeyResponse(api_key=MINTED)
    with pytest.raises(ValidationError) as raised:
        model.api_key = 12  # type: ignore[assignment]
    assert MINTED not in str(raised.value)
    assert model.api_key == MINTED


# -- debug ------------------------------------------------------------------------------------


def test_debug_logs_method_url_status_duration_and_masked_headers(
    api_factory: Callable[..., UserApi], all_logs: pytest.LogCaptureFixture
) -> None:
    with FaultServer(json_response(200, {"api_key": MINTED})) as server:
        api = api_factory(server.url, KEY, debug=True, retries=0)
        api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=1), _request_timeout=2)
        url = f"{server.url}/api/user/api_key"
    ours = [r for r in all_logs.records if r.name.startswith("trieve_py_client")]
    lines = [r.getMessage() for r in ours if url in r.getMessage()]
    assert len(lines) == 1, [r.getMessage() for r in ours]
    line = lines[0]
    assert "POST" in line
    assert "200" in line
    assert DURATION.search(line.replace(url, "")), line
    assert "Authorization" in line
    assert "<redacted>" in line
    assert_no_secret(logged_text(all_logs), KEY, MINTED)


def test_debug_touches_no_global_http_client_state(
    api_factory: Callable[..., UserApi], capfd: pytest.CaptureFixture[str]
) -> None:
    before = (
        http.client.HTTPConnection.debuglevel,
        urllib3.connection.HTTPConnection.debuglevel,
        logging.getLogger("urllib3").level,
    )
    with FaultServer(json_response(200, [])) as server:
        api = api_factory(server.url, KEY, debug=True)
        assert api.api_client.configuration.debug is True
        api.get_user_api_keys(_request_timeout=2)
        assert http.client.HTTPConnection.debuglevel == 0
        assert http.client.HTTPSConnection.debuglevel == 0
        assert urllib3.connection.HTTPConnection.debuglevel == 0
    after = (
        http.client.HTTPConnection.debuglevel,
        urllib3.connection.HTTPConnection.debuglevel,
        logging.getLogger("urllib3").level,
    )
    assert before == after
    out, _ = capfd.readouterr()
    assert out == ""  # http.client's debug output goes to stdout: there is none


def test_debug_without_other_handlers_writes_to_stderr_without_the_key(
    api_factory: Callable[..., UserApi],
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With no handler anywhere (as in a plain script), debug adds one that writes to stderr.
    monkeypatch.setattr(logging.root, "handlers", [])
    with FaultServer(json_response(200, {"api_key": MINTED})) as server:
        api = api_factory(server.url, KEY, debug=True)
        try:
            api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=1), _request_timeout=2)
        finally:
            api.api_client.configuration.debug = False
        url = f"{server.url}/api/user/api_key"
    out, err = capfd.readouterr()
    assert url in err
    assert "POST" in err
    assert out == ""
    assert_no_secret([out, err], KEY, MINTED)


def test_debug_log_file_has_no_key(api_factory: Callable[..., UserApi], tmp_path: Path) -> None:
    log_file = tmp_path / "debug.log"
    with FaultServer(json_response(200, {"api_key": MINTED})) as server:
        api = api_factory(server.url, KEY, debug=True)
        config = api.api_client.configuration
        config.logger_file = str(log_file)
        try:
            api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=1), _request_timeout=2)
        finally:
            config.debug = False
            config.logger_file = None
    text = log_file.read_text()
    assert f"{server.url}/api/user/api_key" in text
    assert_no_secret([text], KEY, MINTED)
