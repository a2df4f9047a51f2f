"""The checks that make a Configuration's timeout and host safe to use before anything is
sent, and their defaults."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from urllib3.exceptions import TimeoutStateError
from urllib3.util import Timeout, parse_url

from trieve_py_client._redaction import redact_url
from trieve_py_client.exceptions import ApiValueError

DEFAULT_HOST = "https://api.trieve.ai"
DEFAULT_TIMEOUT = Timeout(connect=5.0, read=60.0)
MAX_TIMEOUT_SECONDS = 86_400.0

TimeoutValue = float | tuple[float, float] | Timeout


def to_timeout(value: TimeoutValue | None, name: str = "timeout") -> Timeout:
    """Turn a number (total seconds), a ``(connect, read)`` pair or a ``Timeout`` into a Timeout.

    A ``Timeout`` that leaves a part unbounded (unset or None, which urllib3 takes as "wait for
    ever") and has no total gets that part from ``DEFAULT_TIMEOUT``: every call is bounded.
    """
    if isinstance(value, Timeout):
        # A number must be a sane wait, or the socket would overflow on it at call time.
        total, connect, read = _parts(value)
        if all(not _is_number(v) or _is_seconds(v) for v in (total, connect, read)):
            if _is_number(total) or (_is_number(connect) and _is_number(read)):
                return value
            return Timeout(
                connect=connect if _is_number(connect) else DEFAULT_TIMEOUT.connect_timeout,
                read=read if _is_number(read) else DEFAULT_TIMEOUT.read_timeout,
            )
    if isinstance(value, tuple) and len(value) == 2 and all(_is_seconds(v) for v in value):
        return Timeout(connect=value[0], read=value[1])
    if isinstance(value, (int, float)) and _is_seconds(value):
        return Timeout(total=value)
    raise ApiValueError(
        f"{name} must be a positive number of seconds (a day at most), a (connect, read) pair "
        f"of them, or a urllib3 Timeout; got {value!r}"
    )


# A call's options, as far as its timeout goes.
_GIVEN = "_request_timeout"


def call_timeout(
    configured: Timeout, options: Mapping[str, Any], read_at_least: float | None
) -> Timeout:
    """The timeout of one call:

    - ``_request_timeout`` given: that, whole; an explicit None means no read timeout, as it
      did in the generated client (the connect timeout stays the configured one).
    - otherwise the configured timeout, but an operation that waits on an LLM
      (``read_at_least``) waits at least that long for data.
    """
    if _GIVEN in options:
        given: TimeoutValue | None = options[_GIVEN]
        if given is None:
            return Timeout(connect=configured.connect_timeout, read=None)
        return to_timeout(given, _GIVEN)
    if read_at_least is None:
        return configured
    total, _, read = _parts(configured)
    bounds = [float(part) for part in (total, read) if _is_number(part)]
    if bounds and min(bounds) >= read_at_least:
        return configured
    return Timeout(connect=configured.connect_timeout, read=read_at_least)


def _parts(value: Timeout) -> tuple[Any, Any, Any]:
    # Total, connect and read, each a number where bounded. A Timeout with a total and no read
    # of its own reads for what the total leaves, which it can tell only once started.
    read: Any
    try:
        read = value.read_timeout
    except TimeoutStateError:
        read = value.total
    return value.total, value.connect_timeout, read


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_seconds(value: object) -> bool:
    # A huge value would overflow the socket's timeout at call time; a day is plenty.
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and 0 < value <= MAX_TIMEOUT_SECONDS
    )


def origin_of(url: str) -> tuple[str | None, str, int]:
    """(scheme, host in lower case, port with the scheme's default filled in), as urllib3 reads
    them from ``url``; raises ``ValueError`` for a URL it cannot parse."""
    parsed = parse_url(url)
    default = 443 if parsed.scheme == "https" else 80
    return parsed.scheme, (parsed.host or "").lower(), parsed.port or default


def checked_host(url: str, name: str) -> str:
    """``url`` without a trailing slash, if it is an http(s) URL with a host.

    Without this check ``api.trieve.ai`` would be taken for ``http://api.trieve.ai``, and the
    key sent in clear text.
    """
    scheme = host = None
    if isinstance(url, str):
        with contextlib.suppress(ValueError):  # "http://[::1", say
            scheme, host, _ = origin_of(url)
    if scheme not in ("http", "https") or not host:
        raise ApiValueError(
            f"{name} must be an http:// or https:// URL with a host, such as "
            f"{DEFAULT_HOST!r}; got {redact_url(url) if isinstance(url, str) else url!r}"
        )
    return url.rstrip("/")
