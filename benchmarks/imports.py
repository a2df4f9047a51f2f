"""Import time and peak memory, each measured on whole ``python -c "import ..."`` processes.

Wall time: a process's whole life (interpreter start-up included) is what a CLI user waits
for. Each is started with ``posix_spawn`` and reaped with ``wait4``, so nothing else is timed.

Peak RSS: read as ``VmHWM`` from ``/proc/self/status`` by a twin process that prints it after
the same import. Not ``ru_maxrss``: Linux copies the spawner's own peak into a child's
``ru_maxrss`` when the child execs, so a benchmark that has just built 100,000-id bodies would
report its own peak for every child (RUSAGE_CHILDREN, besides, is the maximum over all
children). ``VmHWM`` is the peak of the process's own memory since its exec, nothing else.

The SDK's processes and the dependencies' alternate, and the time ratio is the median of the
per-pair ratios.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEPS_IMPORT = "import urllib3, pydantic, dateutil"
SDK_IMPORT = "import trieve_py_client"
# What a script needs before its first call: the lazy package attributes, resolved.
SDK_USE = (
    "from trieve_py_client import ApiClient, Configuration, UserApi, SetUserApiKeyRequest, "
    "UpdateUserOrgRoleData"
)
PRINT_PEAK = "\nprint(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"


@dataclass(frozen=True)
class ImportResult:
    """Per-round wall nanoseconds and peak RSS (KiB) of the SDK's and the deps' processes."""

    sdk_ns: list[int]
    deps_ns: list[int]
    sdk_rss_kib: list[int]
    deps_rss_kib: list[int]

    @property
    def time_ratio(self) -> float:
        return statistics.median(s / d for s, d in zip(self.sdk_ns, self.deps_ns, strict=True))

    @property
    def rss_ratio(self) -> float:
        return statistics.median(self.sdk_rss_kib) / statistics.median(self.deps_rss_kib)


def _spawn(python: str, code: str, env: dict[str, str], cwd: str) -> int:
    """Wall nanoseconds of one ``python -c code`` process."""
    previous = os.getcwd()
    os.chdir(cwd)  # posix_spawn has no cwd argument; the child inherits ours
    try:
        started = time.perf_counter_ns()
        pid = os.posix_spawn(python, [python, "-c", code], env)
        _, status, _ = os.wait4(pid, 0)
        elapsed = time.perf_counter_ns() - started
    finally:
        os.chdir(previous)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{python} -c {code!r} failed")
    return elapsed


def _peak_kib(python: str, code: str, env: dict[str, str], cwd: str) -> int:
    done = subprocess.run(
        [python, "-c", code + PRINT_PEAK], env=env, cwd=cwd, capture_output=True, check=True
    )
    return int(done.stdout.split()[-1])


def child_env(pycache: str, sdk_path: str | None) -> dict[str, str]:
    """The environment of the measured processes.

    Bytecode goes to a private PYTHONPYCACHEPREFIX that the warm-up fills, for both sides
    alike: an installed package has its .pyc files, and a measured run must not compile
    source (this machine sets PYTHONDONTWRITEBYTECODE, which would make every run compile the
    SDK from the repository but not its installed dependencies).
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPYCACHEPREFIX"] = pycache
    if sdk_path is not None:
        env["PYTHONPATH"] = sdk_path
    return env


@dataclass(frozen=True)
class Side:
    """One kind of measured process: which python runs which code, with what on its path."""

    python: str
    code: str
    # On PYTHONPATH (ours lives in the repo); None for a package installed in ``python``'s
    # environment (the official client's venv).
    sdk_path: str | None = str(REPO)


def measure_pair(rounds: int, first: Side, second: Side, warmup: int = 2) -> ImportResult:
    """Time and weigh processes of ``first`` against ``second`` (the result's "sdk" and "deps").

    The processes run in an empty directory, so that ``-c``'s current-directory entry on
    sys.path finds no package, and alternate which side goes first.
    """
    with tempfile.TemporaryDirectory(prefix="trieve-bench-import-") as scratch:
        pycache = os.path.join(scratch, "pycache")
        cwd = os.path.join(scratch, "cwd")
        os.mkdir(cwd)
        # Per side: its environment, then the wall times and peaks measured so far.
        runs: list[tuple[Side, dict[str, str], list[int], list[int]]] = [
            (side, child_env(pycache, side.sdk_path), [], []) for side in (first, second)
        ]
        for _ in range(warmup):
            for side, env, _times, _rss in runs:
                _spawn(side.python, side.code, env, cwd)
        for i in range(rounds):
            for side, env, times, rss in runs if i % 2 == 0 else reversed(runs):
                times.append(_spawn(side.python, side.code, env, cwd))
                rss.append(_peak_kib(side.python, side.code, env, cwd))
    (_, _, a_ns, a_rss), (_, _, b_ns, b_rss) = runs
    return ImportResult(a_ns, b_ns, a_rss, b_rss)


def measure_imports(
    rounds: int,
    python: str = sys.executable,
    sdk_path: str | None = str(REPO),
    sdk_code: str = SDK_IMPORT,
) -> ImportResult:
    """Time and weigh ``sdk_code`` (``import trieve_py_client``) against the deps alone, both
    run by ``python``."""
    return measure_pair(
        rounds, Side(python, sdk_code, sdk_path), Side(python, DEPS_IMPORT, sdk_path)
    )
