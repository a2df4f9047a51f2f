"""Keeping credentials out of every output: the one mask, the headers that carry credentials,
the credentials the SDK has seen, and the masking of free text, URLs, header maps and the
API-key dict.

Every layer reads this module, so it imports nothing of the package (like ``_version``).
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any

REDACTED = "<redacted>"
"""What every output shows in place of a credential."""

SENSITIVE_HEADERS = frozenset(
    {"authorization", "x-api-key", "proxy-authorization", "cookie", "set-cookie"}
)
# Trieve keys are "tr-" plus 32 alphanumerics; the api_key member covers keys of any shape that
# a server (or a mock) echoes back in a body that ends up in a message.
_SECRET_TEXT = re.compile(r'tr-[A-Za-z0-9]{32}|("api_key"\s*:\s*")(?:[^"\\]|\\.)*(")')
_TRIEVE_KEY_LENGTH = 35
# An api_key member whose value a cut leaves open.
_OPEN_API_KEY = re.compile(r'("api_key"\s*:\s*")(?:[^"\\]|\\.)*\\?\Z')
# Everything between the scheme and the last "@" of the authority is user information, which
# may hold a password whatever characters it has ("#", "/", ...).
_USERINFO = re.compile(r"^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)?([^@]*)@")

# Shorter values are not masked by value: masking "ab" everywhere would garble every message,
# and a credential that short protects nothing.
_MIN_REMEMBERED = 8
_MAX_REMEMBERED = 4096


class _KnownSecrets:
    """The credentials this process has handed to the SDK or received from it (configured keys,
    ``_request_auth`` values, secrets in responses), masked by value in every output, as they
    are and as ``repr`` and JSON escape them. The oldest are forgotten past a bound, so minting
    keys in a loop cannot grow memory without limit.

    Values are found through their first characters: one pass over a text, one dictionary
    look-up per position, however many values are known.
    """

    def __init__(self) -> None:
        self.values: OrderedDict[str, None] = OrderedDict()
        self._by_prefix: dict[str, tuple[str, ...]] = {}
        # The length of the longest form ever known: how far past a cut a secret may reach.
        self.longest = 0
        self._lock = threading.Lock()

    def remember(self, value: object) -> None:
        if not isinstance(value, str) or len(value) < _MIN_REMEMBERED or value in self.values:
            return
        # The value itself last: a process forked halfway through (which gets a fresh lock)
        # does not have it yet, and so remembers every form again when it sees it.
        forms = dict.fromkeys(
            (
                repr(value)[1:-1],
                json.dumps(value)[1:-1],
                json.dumps(value, ensure_ascii=False)[1:-1],
                value,
            )
        )
        # Only the entries of the values added or dropped change: a few tuples, whatever the
        # number of values known.
        with self._lock:
            for form in forms:
                if form not in self.values:
                    self.longest = max(self.longest, len(form))
                    self._index(form)  # masked first, then counted
                    self.values[form] = None
            while len(self.values) > _MAX_REMEMBERED:
                self._unindex(self.values.popitem(last=False)[0])

    def _index(self, form: str) -> None:
        prefix = form[:_MIN_REMEMBERED]
        # Longest first, so that a value containing another is masked whole. A tuple is
        # replaced whole, so mask() reads the table without the lock.
        found = (*self._by_prefix.get(prefix, ()), form)
        self._by_prefix[prefix] = tuple(sorted(found, key=len, reverse=True))

    def _unindex(self, form: str) -> None:
        prefix = form[:_MIN_REMEMBERED]
        rest = tuple(known for known in self._by_prefix.get(prefix, ()) if known != form)
        if rest:
            self._by_prefix[prefix] = rest
        else:
            self._by_prefix.pop(prefix, None)

    def after_fork_in_child(self) -> None:
        """A fresh lock: a thread of the parent that held it does not exist in the child,
        which would wait for it for ever."""
        self._lock = threading.Lock()

    def mask(self, text: str) -> str:
        by_prefix = self._by_prefix
        if not by_prefix or len(text) < _MIN_REMEMBERED:
            return text
        pieces: list[str] = []
        start = at = 0
        last = len(text) - _MIN_REMEMBERED
        while at <= last:
            found = by_prefix.get(text[at : at + _MIN_REMEMBERED])
            value = next((v for v in found if text.startswith(v, at)), None) if found else None
            if value is None:
                at += 1
                continue
            pieces += (text[start:at], REDACTED)
            at = start = at + len(value)
        return "".join((*pieces, text[start:])) if pieces else text


_KNOWN = _KnownSecrets()
if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_KNOWN.after_fork_in_child)
remember_secret = _KNOWN.remember
KNOWN_SECRETS: Mapping[str, None] = _KNOWN.values
"""What ``remember_secret`` holds, for a membership test on a hot path without a call."""


def redact_text(text: str) -> str:
    """Mask in free text (a response body quoted by an error, a log line) every credential the
    SDK knows of, and anything shaped like a Trieve key or an ``api_key`` member."""
    text = _KNOWN.mask(text)
    return _SECRET_TEXT.sub(lambda m: f"{m[1]}{REDACTED}{m[2]}" if m[1] else REDACTED, text)


def redact_head(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text`` once masked, at a cost that depends on
    ``limit`` and not on the length of ``text`` (a 50 MB error body, say).

    Only a head is masked: long enough that any secret starting within ``limit`` ends within
    it, so none shows in part; an ``api_key`` member whose value the head cuts is masked to its
    end.
    """
    head = text[: limit + _KNOWN.longest + _TRIEVE_KEY_LENGTH]
    masked = redact_text(head)
    if len(head) < len(text):
        masked = _OPEN_API_KEY.sub(lambda m: f"{m[1]}{REDACTED}", masked)
    return masked[:limit]


def redact_url(url: str) -> str:
    """The URL for messages and logs: without a password in it, nor its query, where a
    credential may be."""
    base, query, _ = url.partition("?")
    base = _USERINFO.sub(_masked_userinfo, base, count=1)
    return redact_text(f"{base}?..." if query else base)


def _masked_userinfo(match: re.Match[str]) -> str:
    user = match[2].partition(":")[0]
    return f"{match[1] or ''}{user}:{REDACTED}@"


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

    def __init__(
        self,
        data: dict[str, str] | None = None,
        check_name: Callable[[str], None] | None = None,
    ) -> None:
        self._data = {} if data is None else data
        # Refuses a name before a key is stored under it (a configuration's scheme names).
        self._check_name = check_name
        for value in self._data.values():
            remember_secret(value)

    def __getitem__(self, name: str) -> str:
        return self._data[name]

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        # The mixin's get goes through __getitem__ and an exception; this runs on every call.
        return self._data.get(name, default)

    def __setitem__(self, name: str, value: str) -> None:
        if self._check_name is not None:
            self._check_name(name)
        remember_secret(value)
        self._data[name] = value

    def __delitem__(self, name: str) -> None:
        del self._data[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(dict.fromkeys(self._data, REDACTED))
