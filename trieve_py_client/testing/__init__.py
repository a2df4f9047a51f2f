"""A local, Trieve-compatible server of the whole API, for tests and examples.

It uses the standard library only and shares no code with the client, so that a bug on one
side cannot hide the same bug on the other::

    from trieve_py_client.testing import LocalTrieveServer

    with LocalTrieveServer() as server:
        ...  # point a client at server.url with server.api_key

Or from a shell: ``python -m trieve_py_client.testing --port 8090``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._server import LocalTrieveServer, SeededUser

__all__ = ["LocalTrieveServer", "SeededUser"]


def __getattr__(name: str) -> object:
    # Loaded on first use: pytest imports this package for its plugin before a coverage or
    # a user's setup starts, and should not pull in the server then.
    if name in __all__:
        return getattr(importlib.import_module("._server", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
