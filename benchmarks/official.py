"""The official ``trieve-py-client`` 0.11.8, timed in its own venv and its own process.

Its import name is ``trieve_py_client`` too, so it can never share a process with ours. The
venv is the repository's ``.venv-official`` (git-ignored), which ``make official-venv`` makes
once; the child process
(``official_child.py``) times the official client and raw urllib3 side by side, and prints
its ratios as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.cases import Scale
from benchmarks.workloads import Target

VERSION = "0.11.8"
REPO = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).resolve().parent / "official_child.py"


def _clean_env() -> dict[str, str]:
    # No PYTHONPATH: it would put our trieve_py_client ahead of the venv's.
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def ensure_venv() -> Path:
    """The python of the official client's venv, which `make official-venv` makes once."""
    subprocess.run(["make", "--no-print-directory", "-s", "official-venv"], cwd=REPO, check=True)
    return REPO / ".venv-official" / "bin" / "python"


def run_official(
    python: Path, target: Target, count_target: Target, scale: Scale
) -> dict[str, Any]:
    """Run the child and return its results: ratios of the official client to raw urllib3."""
    spec = {
        "target": vars(target),
        "count_target": vars(count_target),
        "scale": {
            "rounds": scale.rounds,
            "calls": scale.calls,
            "thread_calls": scale.thread_calls,
            "size_calls": scale.size_calls,
            "processes": scale.processes,
        },
    }
    done = subprocess.run(
        [str(python), str(CHILD), json.dumps(spec)],
        capture_output=True,
        text=True,
        check=False,
        cwd="/",
        env=_clean_env(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"official client run failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result
