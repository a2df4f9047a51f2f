"""Settings of a client: host, credentials, TLS, proxy, timeouts, retries and logging."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypedDict

from urllib3.util import Retry, Timeout

from trieve_py_client._logging import LogSettings
from trieve_py_client._redaction import SecretDict, redact_url
from trieve_py_client._settings import (
    DEFAULT_HOST,
    DEFAULT_TIMEOUT,
    TimeoutValue,
    checked_host,
    to_timeout,
)
from trieve_py_client._version import API_VERSION, __version__
from trieve_py_client.exceptions import ApiValueError

__all__ = ["Configuration", "HostSetting"]

DEFAULT_RETRIES = 2
ENV_HOST = "TRIEVE_BASE_URL"
ENV_API_KEY = "TRIEVE_API_KEY"

RetriesValue = int | bool | Retry


class HostSetting(TypedDict):
    url: str
    description: str
    variables: dict[str, dict[str, Any]]


SERVERS: tuple[HostSetting, ...] = (
    {"url": DEFAULT_HOST, "description": "Production server", "variables": {}},
    {"url": "http://localhost:8090", "description": "Local development server", "variables": {}},
)


class Configuration(LogSettings):
    """Settings shared by every request of an ``ApiClient``.

    ``host`` and the ``'ApiKey'`` entry of ``api_key`` fall back to the environment variables
    ``TRIEVE_BASE_URL`` and ``TRIEVE_API_KEY`` when not given; anything given wins.
    """

    _default: ClassVar[Configuration | None] = None
    # The API's apiKey security schemes: the header each one's key goes in (X-API-KEY guards
    # the metrics route only).
    SECURITY_SCHEMES: ClassVar[Mapping[str, str]] = {
        "ApiKey": "Authorization",
        "X-API-KEY": "X-API-KEY",
    }

    def __init__(
        self,
        host: str | None = None,
        api_key: dict[str, str] | None = None,
        api_key_prefix: dict[str, str] | None = None,
        *,
        server_index: int | None = None,
        server_variables: Mapping[str, str] | None = None,
        ssl_ca_cert: str | None = None,
        retries: RetriesValue | None = None,
        timeout: TimeoutValue | None = None,
        debug: bool | None = None,
    ) -> None:
        env_host = os.environ.get(ENV_HOST) if host is None and server_index is None else None
        if host is not None:
            host = checked_host(host, "host")
        elif env_host:
            env_host = checked_host(env_host, ENV_HOST)
        self._base_path = host or env_host or DEFAULT_HOST
        # Without an explicit host the first server entry (production) is used, as generated
        # clients do; the environment's host counts as explicit.
        self.server_index = (
            0 if server_index is None and host is None and not env_host else server_index
        )
        self.server_variables: dict[str, str] = dict(server_variables or {})
        # Scheme name -> header; an operation of another spec adds its schemes on first use.
        self.security_schemes: dict[str, str] = dict(self.SECURITY_SCHEMES)
        self.api_key = api_key
        if "ApiKey" not in self.api_key and os.environ.get(ENV_API_KEY):
            self.api_key["ApiKey"] = os.environ[ENV_API_KEY]
        self.api_key_prefix: dict[str, str] = {} if api_key_prefix is None else api_key_prefix
        self.refresh_api_key_hook: Callable[[Configuration], None] | None = None

        self.verify_ssl = True
        self.ssl_ca_cert = ssl_ca_cert
        self.ca_cert_data: str | bytes | None = None
        self.cert_file: str | None = None
        self.key_file: str | None = None
        self.assert_hostname: bool | str | None = None
        self.tls_server_name: str | None = None
        self.proxy: str | None = None
        self.proxy_headers: dict[str, str] | None = None
        self.connection_pool_maxsize = 32
        self.socket_options: list[tuple[int, int, int | bytes]] | None = None
        self.safe_chars_for_path_param = ""

        self.timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        self.retries = DEFAULT_RETRIES if retries is None else retries

        self._init_logging(bool(debug))

    def __repr__(self) -> str:
        return (
            f"Configuration(host={redact_url(self.host)!r}, api_key={self.api_key!r}, "
            f"api_key_prefix={self.api_key_prefix!r}, timeout={self.timeout!r}, "
            f"retries={self.retries!r}, debug={self.debug!r})"
        )

    @property
    def api_key(self) -> SecretDict:
        """API keys by security scheme name; the only scheme is ``'ApiKey'``."""
        return self._api_key

    @api_key.setter
    def api_key(self, value: dict[str, str] | SecretDict | None) -> None:
        if value is not None and not isinstance(value, (dict, SecretDict)):
            raise ApiValueError(
                "api_key must be a dict of keys by scheme name, such as "
                f"{{'ApiKey': 'tr-...'}}; got a {type(value).__name__}"
            )
        if value is not None:
            for name in value:
                self._check_scheme(name)
        self._api_key = (
            value if isinstance(value, SecretDict) else SecretDict(value, self._check_scheme)
        )

    def _check_scheme(self, name: object) -> None:
        # A key under the header's name ("Authorization") or a scheme's name in another case
        # would never be sent: every request would go without it, or with TRIEVE_API_KEY's.
        # Other names are let through here, as a package generated from another spec brings
        # schemes of its own, learnt when its operations are first called; a request finds
        # a key under a name no scheme has (unknown_scheme_error).
        if name not in self.security_schemes and isinstance(name, str):
            schemes = self.security_schemes
            confusable = {known.lower() for pair in schemes.items() for known in pair}
            if name.strip().lower() in confusable:
                raise self.unknown_scheme_error(name)

    def unknown_scheme_error(self, name: str) -> ApiValueError:
        """The error for a key given under ``name``, which is no security scheme's name."""
        known = ", ".join(
            f"{scheme!r} (sent in the {header} header)"
            for scheme, header in self.security_schemes.items()
        )
        return ApiValueError(
            f"api_key has no security scheme named {name[:64]!r}: give the key under one of "
            f"the API's scheme names: {known}, such as {{'ApiKey': 'tr-...'}}"
        )

    @classmethod
    def set_default(cls, default: Configuration | None) -> None:
        """Make ``default`` the configuration of every ``ApiClient`` created without one."""
        cls._default = default

    @classmethod
    def get_default(cls) -> Configuration:
        """The shared default configuration, created on first use."""
        if cls._default is None:
            cls._default = Configuration()
        return cls._default

    @classmethod
    def get_default_copy(cls) -> Configuration:
        """The default configuration itself, despite the name: generated clients return it, and
        code that sets a key on the result relies on that. Use ``copy.deepcopy`` for a copy."""
        return cls.get_default()

    @property
    def timeout(self) -> Timeout:
        """Default timeout of every request: connect 5 s, read 60 s."""
        return self._timeout

    @timeout.setter
    def timeout(self, value: TimeoutValue) -> None:
        self._timeout = to_timeout(value)

    @property
    def retries(self) -> RetriesValue:
        """How many times a failed request may be retried, or a urllib3 ``Retry``."""
        return self._retries

    @retries.setter
    def retries(self, value: RetriesValue | None) -> None:
        if value is None or value is True:
            value = DEFAULT_RETRIES
        if not isinstance(value, (int, Retry)) or (isinstance(value, int) and value < 0):
            raise ApiValueError(
                f"retries must be a non-negative int, False, or a urllib3 Retry; got {value!r}"
            )
        self._retries = value

    @property
    def host(self) -> str:
        """The base URL requests go to."""
        if self.server_index is None:
            return self._base_path
        return self.get_host_from_settings(self.server_index, variables=self.server_variables)

    @host.setter
    def host(self, value: str) -> None:
        self._base_path = checked_host(value, "host")
        self.server_index = None

    def get_api_key_with_prefix(self, identifier: str, alias: str | None = None) -> str | None:
        """The key for ``identifier`` with its prefix (such as ``Bearer``), or None."""
        if self.refresh_api_key_hook is not None:
            self.refresh_api_key_hook(self)
        return self._key_with_prefix(identifier, alias)

    def _key_with_prefix(self, identifier: str, alias: str | None = None) -> str | None:
        # Through the property, which a subclass may override to supply its keys.
        keys = self.api_key
        key = keys.get(identifier)
        if key is None and alias is not None:
            key = keys.get(alias)
        if not key:
            return None
        prefix = self.api_key_prefix.get(identifier)
        return f"{prefix} {key}" if prefix else key

    def auth_settings(self) -> dict[str, dict[str, Any]]:
        """The credentials to apply, keyed by security scheme name: one entry per scheme of
        ``security_schemes`` that has a key. The refresh hook runs once, however many schemes."""
        if self.refresh_api_key_hook is not None:
            self.refresh_api_key_hook(self)
        settings: dict[str, dict[str, Any]] = {}
        for name, header in self.security_schemes.items():
            value = self._key_with_prefix(name)
            if value is not None:
                settings[name] = {"type": "api_key", "in": "header", "key": header, "value": value}
        return settings

    def to_debug_report(self) -> str:
        """Facts for a bug report. It names no credential."""
        return (
            "Python SDK Debug Report:\n"
            f"OS: {sys.platform}\n"
            f"Python Version: {platform.python_version()}\n"
            f"Version of the API: {API_VERSION}\n"
            f"SDK Package Version: {__version__}\n"
            f"Host: {redact_url(self.host)}\n"
            f"API key set: {'ApiKey' in self.api_key}"
        )

    def get_host_settings(self) -> list[HostSetting]:
        """The servers the API is published on."""
        return list(SERVERS)

    def get_host_from_settings(
        self,
        index: int | None,
        variables: Mapping[str, str] | None = None,
        servers: list[HostSetting] | None = None,
    ) -> str:
        """The URL of server ``index``, with its variables filled in; ``None`` gives ``host``."""
        if index is None:
            return self._base_path
        servers = self.get_host_settings() if servers is None else servers
        if not 0 <= index < len(servers):
            raise ApiValueError(
                f"Invalid index {index} when selecting the host settings. "
                f"Must be less than {len(servers)}"
            )
        server = servers[index]
        variables = variables or {}
        unknown = set(variables) - set(server["variables"])
        if unknown:
            raise ApiValueError(f"Unknown server variables {sorted(unknown)} for {server['url']}")
        url = server["url"]
        for name, spec in server["variables"].items():
            value = variables.get(name, spec["default_value"])
            if "enum_values" in spec and value not in spec["enum_values"]:
                raise ApiValueError(
                    f"The variable `{name}` in the host URL has invalid value {value!r}. "
                    f"Must be one of {spec['enum_values']}."
                )
            url = url.replace("{" + name + "}", value)
        return url
