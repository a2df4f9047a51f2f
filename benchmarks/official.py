"""The official ``trieve-py-client`` 0.11.8, timed in its own venv and its own process.

Its import name is ``trieve_py_client`` too, so it can never share a process with ours. The
venv lives in ``benchmarks/.venv-official`` (git-ignored) and is made once; the child process
(``official_child.py``) times the official client and raw urllib3 side by side, and prints
its ratios as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

from benchmarks.cases import Scale
from benchmarks.workloads import Target

PACKAGE = "trieve-py-client"
VERSION = "0.11.8"
VENV_DIR = Path(__file__).resolve().parent / ".venv-official"
CHILD = Path(__file__).resolve().parent / "official_child.py"


def venv_python(venv_dir: Path = VENV_DIR) -> Path:
    return venv_dir / "bin" / "python"


def _installed_version(python: Path) -> str | None:
    probe = subprocess.run(
        [str(python), "-c", f"import importlib.metadata as m; print(m.version({PACKAGE!r}))"],
        capture_output=True,
        text=True,
        check=False,
        cwd="/",
        env=_clean_env(),
    )
    return probe.stdout.strip() if probe.returncode == 0 else None


def _clean_env() -> dict[str, str]:
    # No PYTHONPATH: it would put our trieve_py_client ahead of the venv's.
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def ensure_venv(venv_dir: Path = VENV_DIR) -> Path:
    """The venv's python, with the official client installed (made on first use)."""
    python = venv_python(venv_dir)
    if python.exists() and _installed_version(python) == VERSION:
        return python
    print(f"setting up {venv_dir} with {PACKAGE}=={VERSION} ...", file=sys.stderr, flush=True)
    venv.create(venv_dir, with_pip=True, clear=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", f"{PACKAGE}=={VERSION}"],
        check=True,
        env=_clean_env(),
    )
    installed = _installed_version(python)
    if installed != VERSION:
        raise RuntimeError(f"{venv_dir}: expected {PACKAGE} {VERSION}, found {installed}")
    return python


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
