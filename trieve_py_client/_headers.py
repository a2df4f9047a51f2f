"""Request headers: case-blind merging, and credentials put where their setting says."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trieve_py_client.exceptions import ApiValueError


def merge_headers(headers: dict[str, str], *extras: Mapping[str, Any] | None) -> None:
    """Set each header of ``extras`` in ``headers``, in order, replacing a header of the same
    name in any case: HTTP header names ignore case, and sending both would let the server
    pick either."""
    names: dict[str, str] | None = None
    for extra in extras:
        if not extra:
            continue
        if names is None:
            names = {name.lower(): name for name in headers}
        for name, value in extra.items():
            lowered = name.lower()
            previous = names.get(lowered)
            if previous is not None and previous != name:
                del headers[previous]
            headers[name] = value if isinstance(value, str) else str(value)
            names[lowered] = name


def apply_auth(headers: dict[str, str], setting: Mapping[str, Any]) -> None:
    """Put one credential setting (``in``, ``key``, ``value``) into the request's headers."""
    try:
        where, key, value = setting["in"], setting["key"], setting["value"]
    except KeyError:
        missing = [field for field in ("in", "key", "value") if field not in setting]
        raise ApiValueError(f"_request_auth lacks {', '.join(missing)}") from None
    if where == "header":
        merge_headers(headers, {key: value})
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
