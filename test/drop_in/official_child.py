"""Run by the official client's venv python for test_official_drop_in: reads the cases as JSON
on stdin and prints, as JSON, the official client's surface and what each case's call sent.

Its folder (test/drop_in/) is first on sys.path, then the tests' root (test/, for the support
package), and the venv's site-packages hold the official ``trieve_py_client``; ours is not
installed there, so nothing else can be imported by that name.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
import warnings
from pathlib import Path

import official_driver
import official_surface

import trieve_py_client  # the official one: main() checks

VERSION = "0.11.8"


def main() -> None:
    installed = importlib.metadata.version("trieve-py-client")
    location = Path(trieve_py_client.__file__).resolve()
    if installed != VERSION or Path(sys.prefix).resolve() not in location.parents:
        raise SystemExit(f"expected the official client {VERSION} in {sys.prefix}, got {location}")
    # Its models warn on serializing their own oneOf wrappers; the results say what matters.
    warnings.simplefilter("ignore")
    cases = json.load(sys.stdin)
    json.dump(
        {
            "surface": official_surface.describe(trieve_py_client),
            "results": official_driver.record(trieve_py_client, cases),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
