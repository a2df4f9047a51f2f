"""What tests of every subject share: API keys, ids and the paths they go to; and, in its
modules, the servers they talk to on loopback.

- ``faultserver``: a scripted server that answers each request with the next behaviour of its
  script (a response, silence, a reset, a truncated or dripping body) and records what it got;
- ``faultcases``: one call per HTTP method against it, its success answer, the retry policy's
  waits, and the checks that no key shows in an exception or in what was printed;
- ``ragserver``: a server speaking Trieve's formats for streamed answers, bulk ingest and paging.

Standard library only here and in ``faultserver``: the drop-in comparison imports them in the
official client's venv too.
"""

from __future__ import annotations

import re
import secrets
import string

_ALPHANUMERIC = string.ascii_letters + string.digits


def new_key() -> str:
    """A fresh API key of Trieve's shape: random, so that a test finds it in output only if the
    SDK let it out, never because another string happened to match."""
    return "tr-" + "".join(secrets.choice(_ALPHANUMERIC) for _ in range(32))


# The caller's key, and the key a scripted server mints for it.
KEY = new_key()
MINTED = new_key()
# An API key's value wherever it shows: what a check for leaked keys looks for.
KEY_VALUE = re.compile(r"tr-[A-Za-z0-9]{32}")
# Where a user's API keys are listed, minted and revoked.
KEYS_PATH = "/api/user/api_key"
ORG_ID = "5f0c1a52-9b7e-4c39-8a51-3d1f2b6e7c90"
KEY_ID = "0b6f3c2e-7d41-4e8a-9f12-6a5b4c3d2e1f"
DATASET_ID = "00000000-0000-4000-8000-000000000001"
