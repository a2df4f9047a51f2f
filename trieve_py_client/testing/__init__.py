"""A local, Trieve-compatible server of the User endpoints, for tests and examples.

It uses the standard library only and shares no code with the client, so that a bug on one
side cannot hide the same bug on the other::

    from trieve_py_client.testing import LocalTrieveServer

    with LocalTrieveServer() as server:
        ...  # point a client at server.url with server.api_key

Or from a shell: ``python -m trieve_py_client.testing --port 8090``.
"""

from ._server import LocalTrieveServer, SeededUser

__all__ = ["LocalTrieveServer", "SeededUser"]
