"""The values a Configuration holds that need care: the API-key dict that hides its keys,
and the checks that make a timeout or a host safe to use before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Optional, Union
from urllib.parse import urlsplit

from urllib3.util import Timeout

from trieve_py_client.exceptions import REDACTED, ApiValueError

DEFAULT_HOST = "https://api.trieve.ai"
MAX_TIMEOUT_SECONDS = 86_400.0

TimeoutValue = Union[float, tuple[float, float], Timeout]


class SecretDict(MutableMapping[str, str]):
    """API keys by scheme name, in the caller's own dict (so that changing that dict later, to
    rotate a key, takes effect as with generated clients), with a repr that shows no key."""

    def __init__(self, data: Optional[dict[str, str]] = None) -> None:
        self._data = {} if data is None else data

    def __getitem__(self, name: str) -> str:
        return self._data[name]

    def get(self, name: str, default: Optional[str] = None) -> Optional[str]:  # type: ignore[override]
        # The mixin's get goes through __getitem__ and an exception; this runs on every call.
        return self._data.get(name, default)

    def __setitem__(self, name: str, value: str) -> None:
        self._data[name] = value

    def __delitem__(self, name: str) -> None:
        del self._data[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(dict.fromkeys(self._data, REDACTED))


def to_timeout(value: Optional[TimeoutValue], name: str = "timeout") -> Timeout:
    """Turn a number (total seconds), a ``(connect, read)`` pair or a ``Timeout`` into a Timeout."""
    if isinstance(value, Timeout):
        return value
    if isinstance(value, tuple) and len(value) == 2 and all(_is_seconds(v) for v in value):
        return Timeout(connect=value[0], read=value[1])
    if isinstance(value, (int, float)) and _is_seconds(value):
        return Timeout(total=value)
    raise ApiValueError(
        f"{name} must be a positive number of seconds (a day at most), a (connect, read) pair "
        f"of them, or a urllib3 Timeout; got {value!r}"
    )


def _is_seconds(value: object) -> bool:
    # A huge value would overflow the socket's timeout at call time; a day is plenty.
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and 0 < value <= MAX_TIMEOUT_SECONDS
    )


def checked_host(url: str, name: str) -> str:
    """``url`` without a trailing slash, if it is an http(s) URL with a host.

    Without this check ``api.trieve.ai`` would be taken for ``http://api.trieve.ai``, and the
    key sent in clear text.
    """
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiValueError(
            f"{name} must be an http:// or https:// URL with a host, such as "
            f"{DEFAULT_HOST!r}; got {url!r}"
        )
    return url.rstrip("/")
