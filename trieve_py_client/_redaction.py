"""Keeping credentials out of every output: the one mask, the headers that carry credentials,
and the masking of free text, header maps and the API-key dict.

Every layer reads this module, so it imports nothing of the package (like ``_version``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

REDACTED = "<redacted>"
"""What every output shows in place of a credential."""

SENSITIVE_HEADERS = frozenset(
    {"authorization", "x-api-key", "proxy-authorization", "cookie", "set-cookie"}
)
# Trieve keys are "tr-" plus 32 alphanumerics; the api_key member covers keys of any shape that
# a server (or a mock) echoes back in a body that ends up in a message.
_SECRET_TEXT = re.compile(r'tr-[A-Za-z0-9]{32}|("api_key"\s*:\s*")[^"]*(")')


def redact_text(text: str) -> str:
    """Mask API keys in free text such as a response body quoted by an error message."""
    return _SECRET_TEXT.sub(lambda m: f"{m[1]}{REDACTED}{m[2]}" if m[1] else REDACTED, text)


def redact_headers(headers: Mapping[str, Any] | None) -> dict[str, Any]:
    """Copy headers with the value of every credential-bearing header masked."""
    if not headers:
        return {}
    # By name for credential headers, by value for a key that a gateway echoes in any other.
    return {
        k: REDACTED if k.lower() in SENSITIVE_HEADERS else redact_text(str(v))
        for k, v in headers.items()
    }


class SecretDict(MutableMapping[str, str]):
    """API keys by scheme name, in the caller's own dict (so that changing that dict later, to
    rotate a key, takes effect as with generated clients), with a repr that shows no key."""

    def __init__(self, data: dict[str, str] | None = None) -> None:
        self._data = {} if data is None else data

    def __getitem__(self, name: str) -> str:
        return self._data[name]

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
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
