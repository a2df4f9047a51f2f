"""Reads the operations table of a generated docs index (docs/README.md)."""

from __future__ import annotations

import re

# `*UserApi* | [**op**](UserApi.md#op) | **POST** /path *read-only* | Summary`
_ROW = re.compile(
    r"^\*\w+\* \| \[\*\*(\w+)\*\*\]\([^)]*\) \| \*\*[A-Z]+\*\* \S+( \*read-only\*)?(?: \*not idempotent\*)? \|"
)


def read_only_marks(index: str) -> dict[str, bool]:
    """Every operation of the index's table, by operationId: whether it is marked read-only."""
    rows = (_ROW.match(line) for line in index.splitlines())
    return {row[1]: row[2] is not None for row in rows if row}
