"""The stateful routes of every content module, in the order the real server registers them
(server/src/lib.rs): a literal segment is tried before a path parameter at the same place."""

from __future__ import annotations

import re

from . import _chunks, _datasets, _files, _group_search, _groups, _messages, _search
from ._ctx import Handler, compile_template

CONTENT_ROUTES: tuple[tuple[str, re.Pattern[str], Handler], ...] = tuple(
    (method, compile_template(template), handler)
    for table in (
        _files.ROUTES,
        _datasets.ROUTES,
        _search.ROUTES,
        _group_search.ROUTES,
        _groups.ROUTES,
        _chunks.ROUTES,
        _messages.ROUTES,
    )
    for method, template, handler in table
)
