"""Key lifecycle: minting that never leaves an orphan key, safe rotation, and the
``trieve-keys`` command (``python -m trieve_py_client.keys``).

See docs/KeyLifecycle.md. These tools use the public API only.
"""

from __future__ import annotations

from ._errors import KeyLifecycleError, KeyNotFoundError, MintError, RotationError
from ._marker import base_name, marker_of, tag_name
from ._mint import MintedKey, mint_key
from ._rotate import Rotation, find_key, rotate_key

__all__ = [
    "KeyLifecycleError",
    "KeyNotFoundError",
    "MintError",
    "MintedKey",
    "Rotation",
    "RotationError",
    "base_name",
    "find_key",
    "marker_of",
    "mint_key",
    "rotate_key",
    "tag_name",
]
