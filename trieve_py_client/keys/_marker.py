"""The mint marker: a unique tag in a key's name that lets a caller find a key it minted.

The server answers a mint with the key's value only, and lists keys without their values, so
a name is the one thing a caller can set at minting and read back in the list. A minted key's
name is ``<name> [mint:<12 lowercase hex digits>]``, for example ``deploy [mint:3f9c0a1b2d4e]``.
Twelve hex digits are 48 random bits: two mints of one user never draw the same marker in
practice, and the closing bracket keeps one marker from being the prefix of another.
"""

from __future__ import annotations

import re
import secrets

MARKER_HEX_DIGITS = 12
_MARKER = re.compile(r" \[mint:([0-9a-f]{12})\]\Z")


def new_marker() -> str:
    """A fresh random marker token (12 lowercase hex digits)."""
    return secrets.token_hex(MARKER_HEX_DIGITS // 2)


def tag_name(name: str, marker: str) -> str:
    """``name`` with its marker, if any, replaced by ``marker``: ``"deploy [mint:<marker>]"``."""
    if not re.fullmatch(r"[0-9a-f]{12}", marker):
        raise ValueError(f"a marker is {MARKER_HEX_DIGITS} lowercase hex digits, not {marker!r}")
    return f"{base_name(name)} [mint:{marker}]"


def marker_of(name: str) -> str | None:
    """The marker token at the end of a key's name, or None when the name has none."""
    found = _MARKER.search(name)
    return found[1] if found else None


def base_name(name: str) -> str:
    """The name without its marker: what the caller asked for."""
    return _MARKER.sub("", name)
