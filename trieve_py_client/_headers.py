"""Request headers: case-blind merging, values checked before anything is sent, and
credentials put where their setting says."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from trieve_py_client._redaction import KNOWN_SECRETS, remember_secret
from trieve_py_client.exceptions import ApiValueError

# What a header value may hold: tab, visible ASCII, space and the rest of Latin-1, which is
# how http.client encodes values. Anything else would be refused by http.client with the value
# in its message, or split the header.
_NOT_SENDABLE = re.compile(r"[^\t\x20-\x7e\x80-\xff]")
# fullmatch, not match with ^...$, whose $ also matches before a final newline.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def merge_headers(
    headers: dict[str, str], extra: Mapping[str, Any] | None, setting: str | None = None
) -> None:
    """Set each header of ``extra`` in ``headers``, replacing a header of the same name in any
    case: HTTP header names ignore case, and sending both would let the server pick either.

    With ``setting``, the name of the setting the values come from (``"_headers"``), each
    name and value is checked first, and an error names the setting, never the value.
    """
    if not extra:
        return
    names = {name.lower(): name for name in headers}
    for name, value in extra.items():
        text = value if isinstance(value, str) else str(value)
        if setting is not None:
            checked_name(name, setting)
            # The label is written only for an error.
            if _NOT_SENDABLE.search(text):
                checked_value(text, f"{setting}[{name!r}]")
        lowered = name.lower()
        previous = names.get(lowered)
        if previous is not None and previous != name:
            del headers[previous]
        headers[name] = text
        names[lowered] = name


def checked_name(name: object, setting: str) -> str:
    """``name`` if it can be a header name."""
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        raise ApiValueError(f"{setting}: {name!r} is not a valid HTTP header name")
    return name


def checked_value(value: str, setting: str) -> str:
    """``value`` if HTTP can carry it in a header; the error names ``setting`` and not the
    value, which may be a credential."""
    found = _NOT_SENDABLE.search(value)
    if found is None:
        return value
    if found.group() > "\xff":
        problem = "a character outside Latin-1"
    else:
        # A secret read from a file often ends with a newline.
        problem = "a line break or another control character"
    raise ApiValueError(f"{setting} has {problem}, which an HTTP header cannot carry")


def apply_auth(
    headers: dict[str, str], setting: Mapping[str, Any], source: str, scheme: str | None = None
) -> None:
    """Put one credential setting (``in``, ``key``, ``value``) into the request's headers;
    ``source`` names where it comes from, for errors, with the key of ``scheme`` when given
    (``configuration.api_key['ApiKey']``). The label is written only for an error."""
    try:
        where, key, value = setting["in"], setting["key"], setting["value"]
    except KeyError:
        missing = [field for field in ("in", "key", "value") if field not in setting]
        raise ApiValueError(f"_request_auth lacks {', '.join(missing)}") from None
    if not isinstance(value, str):
        value = str(value)
    # The label is written only for an error.
    if _NOT_SENDABLE.search(value):
        checked_value(value, _label(source, scheme))
    # Known from now on, so that a server echoing it back cannot make it show in any output.
    if value not in KNOWN_SECRETS:
        remember_secret(value)
    if where == "header":
        if not (isinstance(key, str) and _TOKEN.fullmatch(key)):
            checked_name(key, _label(source, scheme))
        if key not in headers:  # the same name in another case must not go as well
            lowered = key.lower()
            for name in [name for name in headers if name.lower() == lowered]:
                del headers[name]
        headers[key] = value
    elif where == "cookie":
        merge_headers(headers, {"Cookie": value})
    elif where == "query":
        # Trieve takes keys in headers only; a key in a URL is written to every access log,
        # proxy log and urllib3 debug line on its way.
        raise ApiValueError(
            "_request_auth: a key in the query string would be logged; use a header"
        )
    else:
        raise ApiValueError("_request_auth: `in` must be `header` or `cookie`")


def _label(source: str, scheme: str | None) -> str:
    return source if scheme is None else f"{source}[{scheme!r}]"
