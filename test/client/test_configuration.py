"""Configuration: host and key resolution, auth settings, timeouts, retries, logging, defaults."""

from __future__ import annotations

import copy
import gc
import http.client
import logging
from pathlib import Path

import pytest
from support import KEY
from urllib3.util import Retry, Timeout

from trieve_py_client import ApiValueError, Configuration
from trieve_py_client._redaction import SecretDict
from trieve_py_client._settings import DEFAULT_TIMEOUT


def test_defaults() -> None:
    config = Configuration()
    assert config.host == "https://api.trieve.ai"
    assert config.server_index == 0
    assert dict(config.api_key) == {}
    assert config.auth_settings() == {}
    assert config.verify_ssl is True
    assert config.proxy is None
    assert config.retries == 2
    assert config.timeout is DEFAULT_TIMEOUT
    assert (config.timeout.connect_timeout, config.timeout.read_timeout) == (5.0, 60.0)


@pytest.mark.parametrize(
    ("env", "kwargs", "host", "key"),
    [
        ({"TRIEVE_BASE_URL": "http://env:1", "TRIEVE_API_KEY": KEY}, {}, "http://env:1", KEY),
        ({"TRIEVE_BASE_URL": "http://env:1"}, {"host": "http://given:2"}, "http://given:2", None),
        ({"TRIEVE_API_KEY": KEY}, {"api_key": {"ApiKey": "tr-given"}}, None, "tr-given"),
        ({"TRIEVE_BASE_URL": "http://env:1"}, {"server_index": 1}, "http://localhost:8090", None),
        ({"TRIEVE_API_KEY": ""}, {}, None, None),
    ],
)
def test_environment_fills_only_what_is_not_given(
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    kwargs: dict[str, object],
    host: str | None,
    key: str | None,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    config = Configuration(**kwargs)  # type: ignore[arg-type]
    assert config.host == (host or "https://api.trieve.ai")
    assert config.api_key.get("ApiKey") == key


def test_explicit_assignment_after_construction_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIEVE_API_KEY", KEY)
    config = Configuration()
    config.api_key["ApiKey"] = "tr-mine"
    config.host = "http://mine:3"
    assert config.get_api_key_with_prefix("ApiKey") == "tr-mine"
    assert config.host == "http://mine:3"
    assert config.server_index is None


def test_prefix_alias_and_refresh_hook() -> None:
    config = Configuration(api_key={"X-API-KEY": KEY}, api_key_prefix={"ApiKey": "Bearer"})
    assert config.get_api_key_with_prefix("ApiKey") is None
    assert config.get_api_key_with_prefix("ApiKey", alias="X-API-KEY") == f"Bearer {KEY}"
    calls: list[Configuration] = []

    def refresh(c: Configuration) -> None:
        calls.append(c)
        c.api_key["ApiKey"] = "tr-fresh"

    config.refresh_api_key_hook = refresh
    assert config.auth_settings() == {
        "ApiKey": {
            "type": "api_key",
            "in": "header",
            "key": "Authorization",
            "value": "Bearer tr-fresh",
        },
        "X-API-KEY": {"type": "api_key", "in": "header", "key": "X-API-KEY", "value": KEY},
    }
    assert calls == [config]


def test_a_subclass_may_supply_the_keys() -> None:
    class Vaulted(Configuration):
        @property  # type: ignore[override]
        def api_key(self) -> dict[str, str]:
            return {"ApiKey": "tr-from-the-vault"}

        @api_key.setter
        def api_key(self, _value: object) -> None:
            pass

    settings = Vaulted(host="http://127.0.0.1:9").auth_settings()
    assert settings["ApiKey"]["value"] == "tr-from-the-vault"


def test_host_settings_and_server_selection() -> None:
    config = Configuration(server_index=1)
    assert [s["url"] for s in config.get_host_settings()] == [
        "https://api.trieve.ai",
        "http://localhost:8090",
    ]
    assert config.host == "http://localhost:8090"
    assert config.get_host_from_settings(None) == "https://api.trieve.ai"
    with pytest.raises(ApiValueError, match="Invalid index 2"):
        config.get_host_from_settings(2)
    with pytest.raises(ApiValueError, match="Unknown server variables"):
        config.get_host_from_settings(0, variables={"region": "eu"})


def test_server_variables_are_filled_and_checked() -> None:
    servers = [
        {
            "url": "https://{region}.example",
            "description": "regional",
            "variables": {"region": {"default_value": "us", "enum_values": ["us", "eu"]}},
        }
    ]
    config = Configuration()
    assert config.get_host_from_settings(0, servers=servers) == "https://us.example"  # type: ignore[arg-type]
    assert (
        config.get_host_from_settings(0, {"region": "eu"}, servers)  # type: ignore[arg-type]
        == "https://eu.example"
    )
    with pytest.raises(ApiValueError, match="invalid value 'mars'"):
        config.get_host_from_settings(0, {"region": "mars"}, servers)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3, "Timeout(connect=<_TYPE_DEFAULT.token: -1>, read=<_TYPE_DEFAULT.token: -1>, total=3)"),
        (
            2.5,
            "Timeout(connect=<_TYPE_DEFAULT.token: -1>, read=<_TYPE_DEFAULT.token: -1>, total=2.5)",
        ),
        ((1, 7), "Timeout(connect=1, read=7, total=None)"),
        (Timeout(connect=2, read=4), "Timeout(connect=2, read=4, total=None)"),
    ],
)
def test_timeout_forms(value: object, expected: str) -> None:
    # A number bounds each attempt as a whole; a pair bounds connecting and each read.
    assert repr(Configuration(timeout=value).timeout) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [0, -1, True, "5", (1,), (1, 0), (1, 2, 3), None])
def test_bad_timeouts_are_named(bad: object) -> None:
    config = Configuration()
    with pytest.raises(ApiValueError, match="timeout must be"):
        config.timeout = bad  # type: ignore[assignment]


def test_retries_forms() -> None:
    custom = Retry(total=7)
    assert Configuration(retries=custom).retries is custom
    assert Configuration(retries=0).retries == 0
    assert Configuration(retries=False).retries is False
    assert Configuration(retries=True).retries == 2
    assert Configuration(retries=None).retries == 2
    for bad in (-1, "3", 1.5):
        with pytest.raises(ApiValueError, match="retries must be"):
            Configuration(retries=bad)  # type: ignore[arg-type]


def test_repr_and_debug_report_hide_the_key() -> None:
    config = Configuration(host="http://h:1")
    config.api_key["ApiKey"] = KEY
    assert isinstance(config.api_key, SecretDict)
    shown = [repr(config), str(config), repr(config.api_key), str(config.api_key)]
    shown.append(config.to_debug_report())
    for text in shown:
        assert KEY not in text
    assert "<redacted>" in repr(config)
    report = config.to_debug_report()
    assert "Version of the API: 0.11.8" in report
    assert "API key set: True" in report


def test_a_given_key_dict_is_kept_so_rotation_works() -> None:
    keys = {"ApiKey": KEY}
    prefixes: dict[str, str] = {}
    config = Configuration(api_key=keys, api_key_prefix=prefixes)
    assert KEY not in repr(config)
    assert KEY not in repr(config.api_key)
    keys["ApiKey"] = "tr-rotated"
    prefixes["ApiKey"] = "Bearer"
    assert config.get_api_key_with_prefix("ApiKey") == "Bearer tr-rotated"
    config.api_key["X-API-KEY"] = "tr-o"
    assert keys["X-API-KEY"] == "tr-o"
    del config.api_key["X-API-KEY"]
    assert "X-API-KEY" not in keys
    assert len(config.api_key) == 1


def test_defaults_are_shared() -> None:
    first = Configuration.get_default()
    assert Configuration.get_default() is first
    mine = Configuration(host="http://mine:1", api_key={"ApiKey": KEY})
    Configuration.set_default(mine)
    # As in generated clients, the "copy" is the default itself: a key set on it is used.
    assert Configuration.get_default_copy() is mine
    copied = copy.deepcopy(mine)
    copied.api_key["ApiKey"] = "tr-other"
    assert mine.api_key["ApiKey"] == KEY
    assert copied.host == "http://mine:1"


def test_debug_logs_through_the_package_logger_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # With logging unconfigured, debug adds a stderr handler of its own, and removes it after.
    monkeypatch.setattr(logging.root, "handlers", [])
    logger = logging.getLogger("trieve_py_client")
    handlers_before = list(logger.handlers)
    config = Configuration(debug=True)
    try:
        assert config.debug is True
        assert logger.level == logging.DEBUG
        assert http.client.HTTPConnection.debuglevel == 0
        assert logging.getLogger("urllib3").level == logging.NOTSET
        logger.debug("hello from the test")
        assert "hello from the test" in capsys.readouterr().err
        config.logger_format = "%(levelname)s|%(message)s"
        logger.debug("formatted")
        assert "DEBUG|formatted" in capsys.readouterr().err
    finally:
        config.debug = False
    assert logger.handlers == handlers_before
    assert logger.level == logging.NOTSET


def test_debug_leaves_configured_logging_alone(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("trieve_py_client")
    handlers_before = list(logger.handlers)
    config = Configuration(debug=True)
    try:
        logger.debug("seen by the application's handler")
        assert logger.handlers == handlers_before
    finally:
        config.debug = False
    assert "seen by the application's handler" in caplog.text


def test_logger_file_receives_debug_records(tmp_path: Path) -> None:
    log_file = tmp_path / "sdk.log"
    config = Configuration()
    config.logger_file = str(log_file)
    config.debug = True
    try:
        logging.getLogger("trieve_py_client").debug("to the file")
    finally:
        config.debug = False
        config.logger_file = None
    assert "to the file" in log_file.read_text()
    assert config.logger_file is None


def test_debug_is_shared_by_reference_and_restores_the_applications_level() -> None:
    logger = logging.getLogger("trieve_py_client")
    logger.setLevel(logging.WARNING)  # the application's own choice
    try:
        first = Configuration(debug=True)
        clone = copy.deepcopy(first)  # holds its own reference
        assert clone.debug is True
        Configuration(debug=False)  # says nothing about the level
        first.debug = False
        assert logger.level == logging.DEBUG  # the clone still wants it
        clone.debug = False
        assert logger.level == logging.WARNING
        forgotten = Configuration(debug=True)
        assert logger.level == logging.DEBUG
        del forgotten  # dropped with debug on: its reference goes with it, once the SDK
        gc.collect()  # is next used (a finaliser may not take the switch's lock)
        Configuration(debug=True).debug = False
        assert logger.level == logging.WARNING
    finally:
        logger.setLevel(logging.NOTSET)
