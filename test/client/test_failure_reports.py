"""What a failure tells: credentials masked by value whatever their shape, exceptions that
pickle and copy, retries that show in the log and in the exception, messages a user can act
on, and a debug switch that cannot hang or turn itself off."""

from __future__ import annotations

import copy
import gc
import logging
import pickle
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from support import new_key
from support.faultserver import (
    Behaviour,
    FaultServer,
    backlogged_listener,
    close_without_response,
    closed_port,
    json_response,
    reset_after,
    respond,
    silent,
    truncated,
)

import trieve_py_client
from trieve_py_client import (
    ApiClient,
    ApiConnectionError,
    ApiException,
    ApiResponseError,
    ApiTimeoutError,
    ApiValueError,
    BadRequestException,
    Configuration,
    ServiceException,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    TooManyRequestsException,
    UnauthorizedException,
    UserApi,
)
from trieve_py_client import exceptions as exc

# Keys of shapes the "tr-" pattern does not know: only masking by value hides them.
ODD_KEY = "odd-shaped-credential-4f1c"
MINTED = "minted-but-odd-9a8b7c6d"
ID = str(uuid.uuid4())
MakeApi = Callable[..., UserApi]


@pytest.fixture
def make_api(api_factory: MakeApi) -> MakeApi:
    return api_factory


# -- masking by value ----------------------------------------------------------------------------


def test_a_configured_key_of_any_shape_echoed_by_a_server_is_masked(
    make_api: MakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    echo = json_response(400, {"message": f"bad key {ODD_KEY}"}, [("X-Echo", ODD_KEY)])
    caplog.set_level(logging.DEBUG, "trieve_py_client")
    with FaultServer(echo) as server:
        api = make_api(server.url, key=ODD_KEY, debug=True)
        with pytest.raises(BadRequestException) as raised:
            api.get_user_api_keys()
    shown = [str(raised.value), repr(raised.value), caplog.text]
    assert all(ODD_KEY not in text for text in shown), shown
    assert "<redacted>" in str(raised.value)


def test_a_request_auth_value_and_a_minted_key_are_masked_from_then_on(
    make_api: MakeApi,
) -> None:
    per_call = "per-call-credential-77aa"
    script = (
        json_response(200, {"api_key": MINTED}),
        json_response(500, {"message": f"failed for {MINTED} and {per_call}"}),
    )
    with FaultServer(*script) as server:
        api = make_api(server.url, key=new_key(), retries=0)
        minted = api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=0))
        assert minted.api_key == MINTED
        with pytest.raises(ServiceException) as raised:
            api.get_user_api_keys(
                _request_auth={"in": "header", "key": "Authorization", "value": per_call}
            )
    text = str(raised.value)
    assert MINTED not in text
    assert per_call not in text


def test_a_proxy_password_never_shows_in_a_configuration_error() -> None:
    config = Configuration(host="http://127.0.0.1:1")
    config.proxy = "ftp://user:hunter2-secret@proxy.example:21"
    with pytest.raises(ApiValueError) as raised:
        ApiClient(config)
    assert "hunter2-secret" not in str(raised.value)
    assert "user:<redacted>@proxy.example" in str(raised.value)


def test_a_cut_body_never_quotes_the_key_in_a_validation_error() -> None:
    cut = '{"api_key": "' + MINTED + '", "extra'
    with pytest.raises(ValueError, match="validation error") as raised:
        SetUserApiKeyResponse.from_json(cut)
    assert MINTED not in str(raised.value)


# -- exceptions pickle and copy ------------------------------------------------------------------


def _refused(port: int) -> BaseException:
    """Run in a worker process: the exception a refused connection raises."""
    config = Configuration(host=f"http://127.0.0.1:{port}", api_key={"ApiKey": ODD_KEY})
    config.retries = 0
    with ApiClient(config) as client:
        try:
            UserApi(client).get_user_api_keys()
        except ApiException as error:
            return error
    raise AssertionError("the call should have failed")


def test_a_worker_process_sends_its_connection_error_back() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        error = pool.submit(_refused, closed_port()).result(timeout=60)
    assert type(error) is ApiConnectionError
    assert "cannot connect to 127.0.0.1" in str(error)


SAMPLES: list[exc.OpenApiException] = [
    exc.ApiConnectionError("cannot connect", method="GET", url="http://h/x"),
    exc.ApiTimeoutError("timed out", method="POST", url="http://h/x"),
    exc.ApiTLSError("bad certificate", method="GET", url="https://h/x"),
    exc.ApiProxyError("proxy failed", method="GET", url="http://h/x"),
    exc.ApiTransportError("failed", method="GET", url="http://h/x"),
    exc.ApiResponseError(reason="truncated"),
    exc.ApiException(status=418, reason="teapot"),
    exc.ApiValueError("bad value", path_to_item=["body", 0]),
    exc.ApiTypeError("bad type"),
]


@pytest.mark.parametrize("error", SAMPLES, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize(
    "how", [pickle.dumps, copy.copy, copy.deepcopy], ids=["pickle", "copy", "deepcopy"]
)
def test_every_exception_survives_pickle_and_copy(
    error: exc.OpenApiException, how: Callable[[object], object]
) -> None:
    made = how(error)
    again = pickle.loads(made) if isinstance(made, bytes) else made  # noqa: S301
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert getattr(again, "status", None) == getattr(error, "status", None)


def test_a_pickled_status_exception_keeps_its_data_and_drops_the_key(make_api: MakeApi) -> None:
    body = {"message": f"key {ODD_KEY} refused"}
    with (
        FaultServer(json_response(400, body, [("X-Echo", ODD_KEY)])) as server,
        pytest.raises(BadRequestException) as raised,
    ):
        make_api(server.url, key=ODD_KEY).get_user_api_keys()
    data = pickle.dumps(raised.value)
    assert ODD_KEY.encode() not in data
    again = pickle.loads(data)  # noqa: S301
    assert again.status == 400
    assert again.data.message == "key <redacted> refused"


# -- the debug switch ----------------------------------------------------------------------------


# A design rule: a finaliser never waits for a lock, since the collector may run it on a thread
# that holds that lock. The thread holds the switch's lock itself, to be there every time.
def test_a_configuration_finalised_while_the_switch_is_busy_does_not_hang() -> None:
    from trieve_py_client._logging import DEBUG

    done = threading.Event()

    def drop_one_inside_the_switch() -> None:
        config = Configuration(debug=True)
        with DEBUG._lock:  # as if the collector ran inside the switch's own code
            del config
            gc.collect()
        done.set()

    logger = logging.getLogger("trieve_py_client")
    logger.setLevel(logging.WARNING)
    try:
        worker = threading.Thread(target=drop_one_inside_the_switch, daemon=True)
        worker.start()
        assert done.wait(10), "a finaliser waited for a lock its own thread holds"
        Configuration(debug=True).debug = False  # what the finaliser left is done now
        assert logger.level == logging.WARNING
    finally:
        logger.setLevel(logging.NOTSET)


@pytest.mark.parametrize(
    "duplicate",
    [copy.copy, copy.deepcopy, lambda c: pickle.loads(pickle.dumps(c))],  # noqa: S301
    ids=["copy", "deepcopy", "pickle"],
)
def test_a_duplicated_debug_configuration_holds_its_own_reference(
    duplicate: Callable[[Configuration], Configuration],
) -> None:
    logger = logging.getLogger("trieve_py_client")
    logger.setLevel(logging.WARNING)
    try:
        first = Configuration(debug=True)
        second = duplicate(first)
        assert second.debug is True
        first.debug = False
        assert logger.level == logging.DEBUG  # the duplicate still holds
        second.debug = False
        second.debug = False  # once more: nothing to let go of
        assert logger.level == logging.WARNING
        keeper = Configuration(debug=True)
        assert logger.level == logging.DEBUG  # the count did not go below zero
        keeper.debug = False
        assert logger.level == logging.WARNING
    finally:
        logger.setLevel(logging.NOTSET)


def test_a_dropped_configuration_takes_its_log_file_with_it(tmp_path: Path) -> None:
    logger = logging.getLogger("trieve_py_client")
    stale = tmp_path / "stale.log"
    config = Configuration(host="http://127.0.0.1:1")
    config.logger_file = str(stale)
    del config
    gc.collect()
    with FaultServer(json_response(200, [])) as server:
        api_config = Configuration(host=server.url, debug=True)
        try:
            with ApiClient(api_config) as client:
                UserApi(client).get_user_api_keys()
        finally:
            api_config.debug = False
    assert stale.read_text() == ""
    assert not any(isinstance(h, logging.FileHandler) for h in logger.handlers)


# -- retries are visible -------------------------------------------------------------------------


def test_each_retry_is_logged_at_info_and_the_exception_counts_the_attempts(
    make_api: MakeApi, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.INFO, "trieve_py_client")
    busy = respond(503, b"busy", [("Retry-After", "2")])
    with FaultServer(busy) as server, pytest.raises(ServiceException) as raised:
        make_api(server.url, key=ODD_KEY).get_user_api_keys()
    retries = [r for r in caplog.records if r.levelno == logging.INFO]
    assert [r.getMessage() for r in retries] == [
        "retrying GET /api/user/api_key after status 503, in 2.00 s (retry 1 of 2)",
        "retrying GET /api/user/api_key after status 503, in 2.00 s (retry 2 of 2)",
    ]
    assert sleeps == [2.0, 2.0]
    assert raised.value.attempts == 3
    assert "Attempts: 3" in str(raised.value)


def test_a_rate_limit_exception_carries_retry_after(make_api: MakeApi, sleeps: list[float]) -> None:
    with (
        FaultServer(respond(429, b"", [("Retry-After", "7")])) as server,
        pytest.raises(TooManyRequestsException) as raised,
    ):
        make_api(server.url, key=ODD_KEY, retries=0).get_user_api_keys()
    assert raised.value.retry_after == 7.0
    assert raised.value.attempts == 1


def test_trieve_log_turns_logging_on_without_code() -> None:
    code = (
        "import trieve_py_client as t\n"
        "c = t.Configuration(host='http://127.0.0.1:1', retries=1)\n"
        "try:\n"
        "    t.UserApi(t.ApiClient(c)).get_user_api_keys()\n"
        "except t.ApiConnectionError:\n"
        "    pass\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"TRIEVE_LOG": "info", "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "INFO retrying GET /api/user/api_key after NewConnectionError" in done.stderr


# -- messages a user can act on ------------------------------------------------------------------


def test_a_connection_failure_names_the_host_once_and_the_attempts(
    make_api: MakeApi, sleeps: list[float]
) -> None:
    port = closed_port()
    with pytest.raises(ApiConnectionError) as raised:
        make_api(f"http://127.0.0.1:{port}", key=ODD_KEY).get_user_api_keys()
    message = str(raised.value)
    assert message == (
        f"GET http://127.0.0.1:{port}/api/user/api_key: cannot connect to 127.0.0.1:{port} "
        "(3 attempts): Connection refused"
    )
    assert "Connection(" not in message
    assert raised.value.attempts == 3


def test_a_401_without_a_configured_key_says_how_to_set_one(make_api: MakeApi) -> None:
    unauthorized = json_response(401, {"message": "Unauthorized"})
    with FaultServer(unauthorized) as server:
        config = Configuration(host=server.url)
        with ApiClient(config) as client, pytest.raises(UnauthorizedException) as raised:
            UserApi(client).get_user_api_keys()
        with pytest.raises(UnauthorizedException) as keyed:
            make_api(server.url, key=ODD_KEY).get_user_api_keys()
    assert "no API key is configured: set TRIEVE_API_KEY or configuration.api_key['ApiKey']" in (
        str(raised.value)
    )
    assert "no API key is configured" not in str(keyed.value)


def test_a_validation_error_names_the_method_called(make_api: MakeApi) -> None:
    api = make_api("http://127.0.0.1:1", key=ODD_KEY)
    with pytest.raises(ValueError, match=r"^1 validation error for delete_user_api_key\n"):
        api.delete_user_api_key("not-a-uuid")
    with pytest.raises(ValueError, match=r"^1 validation error for delete_user_api_key_with_http"):
        api.delete_user_api_key_with_http_info("not-a-uuid")


def test_an_absurd_timeout_object_is_refused_in_configuration() -> None:
    import urllib3

    with pytest.raises(ApiValueError, match="timeout must be"):
        Configuration(timeout=urllib3.Timeout(connect=1e300, read=1))
    with pytest.raises(ApiValueError, match="_request_timeout must be"):
        UserApi(ApiClient(Configuration(host="http://127.0.0.1:1"))).get_user_api_keys(
            _request_timeout=urllib3.Timeout(total=1e300)
        )
    assert trieve_py_client.ApiTimeoutError is ApiTimeoutError


# -- outcome unknown: whether the server may have acted -----------------------------------------

OUTCOMES = {
    "read timeout": (silent(), ApiTimeoutError, True),
    "closed without a response": (close_without_response(), ApiConnectionError, True),
    "reset after the request": (reset_after(), ApiConnectionError, True),
    "truncated body": (truncated(200, b'{"api_k', 40, "application/json"), ApiResponseError, True),
    "unreadable success body": (
        respond(200, b"<html>", content_type="text/html"),
        ApiResponseError,
        True,
    ),
    "500": (json_response(500, {"message": "boom"}), ServiceException, True),
    "502": (respond(502, b"bad gateway"), ServiceException, True),
    "504": (respond(504, b"gateway timeout"), ServiceException, True),
    "503": (respond(503, b"busy"), ServiceException, False),
    "400": (json_response(400, {"message": "no"}), BadRequestException, False),
}


@pytest.mark.parametrize(
    ("behaviour", "expected", "unknown"), list(OUTCOMES.values()), ids=list(OUTCOMES)
)
def test_whether_the_outcome_is_unknown_is_said(
    make_api: MakeApi,
    sleeps: list[float],
    behaviour: Behaviour,
    expected: type[ApiException],
    unknown: bool,
) -> None:
    with FaultServer(behaviour) as server:
        api = make_api(server.url, key=ODD_KEY, retries=0, timeout=(5.0, 0.3))
        with pytest.raises(expected) as raised:
            api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=0))
        assert server.attempts == 1
    assert raised.value.outcome_unknown is unknown
    assert ("outcome is unknown" in str(raised.value)) is unknown


def test_nothing_sent_means_the_outcome_is_known(make_api: MakeApi, sleeps: list[float]) -> None:
    with pytest.raises(ApiConnectionError) as refused:
        make_api(f"http://127.0.0.1:{closed_port()}", key=ODD_KEY).get_user_api_keys()
    assert refused.value.outcome_unknown is False
    backlogged = backlogged_listener()
    if backlogged is None:
        pytest.skip("this kernel does not make a connect time out on a full backlog")
    try:
        api = make_api(f"http://127.0.0.1:{backlogged.port}", key=ODD_KEY, retries=0)
        with pytest.raises(ApiTimeoutError) as timed_out:
            api.get_user_api_keys(_request_timeout=(0.2, 5.0))
    finally:
        backlogged.close()
    assert timed_out.value.outcome_unknown is False
    assert "timed out connecting" in str(timed_out.value)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after": "-3"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "1e400"}, None),
        ({"Retry-After": "999999999"}, 86_400.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # a date in the past
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00"}, None),  # a date without a zone
        ({}, None),
    ],
)
def test_retry_after_reads_seconds_and_dates(
    header: dict[str, str], expected: float | None
) -> None:
    error = TooManyRequestsException(status=429, reason="Too Many Requests")
    error.headers = header
    assert error.retry_after == expected


def test_retry_after_of_a_future_date_counts_down() -> None:
    import email.utils
    import time

    error = TooManyRequestsException(status=429)
    error.headers = {"Retry-After": email.utils.formatdate(time.time() + 120, usegmt=True)}
    assert 100 < (error.retry_after or 0) <= 120


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_trieve_log_sets_the_package_logger_level(
    monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    from trieve_py_client._logging import level_from_environment

    logger = logging.getLogger("trieve_py_client")
    handlers = list(logger.handlers)
    monkeypatch.setenv("TRIEVE_LOG", value)
    try:
        level_from_environment()
        assert logger.level == level
        monkeypatch.setenv("TRIEVE_LOG", "verbose")  # unknown: changes nothing
        level_from_environment()
        assert logger.level == level
    finally:
        logger.setLevel(logging.NOTSET)
        for added in set(logger.handlers) - set(handlers):
            logger.removeHandler(added)


@pytest.mark.parametrize(
    "key", ["odd\\key-with-backslash", "odd\tkey-with-tab", "odd-kéy-accented", 'odd"key-quoted']
)
def test_a_key_echoed_in_escaped_form_is_masked(make_api: MakeApi, key: str) -> None:
    import json

    body = json.dumps({"message": f"invalid key {key}"}).encode()
    other = json.dumps({"error": f"invalid key {key}"}).encode()  # not an ErrorResponseBody
    for payload in (body, other):
        with (
            FaultServer(respond(400, payload, content_type="application/json")) as server,
            pytest.raises(BadRequestException) as raised,
        ):
            make_api(server.url, key=key).get_user_api_keys()
        shown = str(raised.value) + repr(raised.value)
        for form in (key, repr(key)[1:-1], json.dumps(key)[1:-1]):
            assert form not in shown


@pytest.mark.parametrize(
    "url",
    [
        "http://user:hun#ter2pass@proxy.example:3128",
        "http://user:hun/ter2pass@proxy.example:3128",
        "user:hunter2pass@proxy.example:3128",
    ],
)
def test_a_password_in_a_proxy_url_never_shows(url: str) -> None:
    config = Configuration(host="http://127.0.0.1:1")
    config.proxy = url
    with pytest.raises(ApiValueError) as raised:
        ApiClient(config)
    assert "ter2pass" not in str(raised.value)


def test_a_password_in_the_host_never_shows() -> None:
    config = Configuration(host="http://user:hunter2pass@127.0.0.1:9")
    assert "hunter2pass" not in repr(config)
    assert "hunter2pass" not in config.to_debug_report()
    with pytest.raises(ApiValueError) as raised:
        Configuration(host="http://user:hunter2pass@[::1")
    assert "hunter2pass" not in str(raised.value)


def test_a_retry_after_of_zero_is_logged_as_the_backoff_slept(
    make_api: MakeApi, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.INFO, "trieve_py_client")
    with (
        FaultServer(respond(503, b"", [("Retry-After", "0")])) as server,
        pytest.raises(ServiceException),
    ):
        make_api(server.url, key=ODD_KEY, retries=1).get_user_api_keys()
    (logged,) = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(sleeps) == 1
    assert f"in {sleeps[0]:.2f} s" in logged
    assert sleeps[0] >= 0.5
