"""Where the SDK's time goes: cProfile of the per-call mix and of a 10,000-id call, next to
raw urllib3 doing the same, plus ``-X importtime`` of loading what a call needs.

    python -m benchmarks.profiling [--case mix|big|import|all] [--top N]

Not part of ``make bench``: profiling slows every Python call, so its times are only good for
finding hotspots, never for ratios. (Named profiling, not profile: ``cProfile`` imports a
module called ``profile``.)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.imports import REPO, SDK_USE, child_env
from benchmarks.servers import open_server
from benchmarks.workloads import OPS, RawClient, SdkClient, batch, big_set_batch, make_ids


def _profile(run: Callable[[], None]) -> pstats.Stats:
    run()  # warm: first-call costs (schema building, connecting) are not per-call costs
    profiler = cProfile.Profile()
    profiler.enable()
    run()
    profiler.disable()
    return pstats.Stats(profiler, stream=io.StringIO())


def _table(stats: pstats.Stats, sort: str, top: int, pattern: str = "") -> str:
    out = io.StringIO()
    stats.stream = out  # type: ignore[attr-defined]
    restrictions: tuple[str | int, ...] = (pattern, top) if pattern else (top,)
    stats.sort_stats(sort).print_stats(*restrictions)
    lines = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(lines[start:])


def profile_calls(case: str, top: int) -> None:
    import trieve_py_client

    with open_server() as server:
        sdk, raw = SdkClient(trieve_py_client, server.target), RawClient(server.target)
        if case == "mix":
            calls = 2000
            sdk_run, raw_run = batch(sdk, OPS, calls), batch(raw, OPS, calls)
        else:
            calls, ids = 30, make_ids(10_000)
            sdk_run, raw_run = big_set_batch(sdk, ids, calls), big_set_batch(raw, ids, calls)
        sdk_stats, raw_stats = _profile(sdk_run), _profile(raw_run)
        sdk.close()
        raw.close()
    sdk_total = sdk_stats.total_tt  # type: ignore[attr-defined]
    raw_total = raw_stats.total_tt  # type: ignore[attr-defined]
    print(f"=== {case}: {calls} calls against {server.note}")
    sdk_fcalls = sdk_stats.total_calls  # type: ignore[attr-defined]
    raw_fcalls = raw_stats.total_calls  # type: ignore[attr-defined]
    print(
        f"profiled time per call: SDK {sdk_total / calls * 1e6:.0f} µs, "
        f"raw {raw_total / calls * 1e6:.0f} µs; function calls per call: SDK "
        f"{sdk_fcalls / calls:.0f}, raw {raw_fcalls / calls:.0f}"
    )
    print(f"\n--- SDK, top {top} by own time")
    print(_table(sdk_stats, "tottime", top))
    print(f"\n--- SDK, trieve_py_client frames by cumulative time (top {top})")
    print(_table(sdk_stats, "cumulative", top, "trieve_py_client"))
    print(f"\n--- raw urllib3, top {top} by own time")
    print(_table(raw_stats, "tottime", top))


def profile_import(top: int) -> None:
    """``-X importtime`` of loading what a call needs, modules by own time (bytecode cached)."""
    with tempfile.TemporaryDirectory() as scratch:
        env = child_env(os.path.join(scratch, "pycache"), str(REPO))
        argv = [sys.executable, "-X", "importtime", "-c", SDK_USE]
        subprocess.run(argv, env=env, cwd=scratch, capture_output=True, check=True)  # warm
        done = subprocess.run(
            argv, env=env, cwd=scratch, capture_output=True, text=True, check=True
        )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = (part.strip() for part in line[len("import time:") :].split("|"))
        rows.append((int(own), int(cumulative), name))
    print(f"=== import: `{SDK_USE}`, top {top} modules by own time")
    print(f"{'own µs':>8} {'cumul µs':>9}  module")
    for own_us, cumulative_us, module in sorted(rows, reverse=True)[:top]:
        print(f"{own_us:>8} {cumulative_us:>9}  {module}")
    ours = sum(row[0] for row in rows if row[2].startswith("trieve_py_client"))
    print(
        f"total own time: {sum(r[0] for r in rows) / 1000:.0f} ms, in trieve_py_client "
        f"modules {ours / 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profiling")
    parser.add_argument("--case", choices=("mix", "big", "import", "all"), default="all")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    for case in ("mix", "big", "import") if args.case == "all" else (args.case,):
        if case == "import":
            profile_import(args.top)
        else:
            profile_calls(case, args.top)
        print()


if __name__ == "__main__":
    main()
