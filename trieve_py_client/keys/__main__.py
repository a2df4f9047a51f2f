"""``python -m trieve_py_client.keys``: the ``trieve-keys`` command."""

from __future__ import annotations

from .cli import console

if __name__ == "__main__":
    console()
