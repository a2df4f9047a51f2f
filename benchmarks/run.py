"""``make bench``: the SDK against raw urllib3, as one table of ratios (see README.md here).

    python -m benchmarks.run [--rounds N] [--quick] [--official] [--check] [--local]
    python -m benchmarks.run --only streaming,ingest   # some groups of rows alone

Progress goes to stderr; the table (Markdown) to stdout. Exit status 0 whatever the figures,
unless ``--check`` is given: then 1 when a target misses, or when nginx was not used (the
fallback server cannot tell whether a target holds).
"""

from __future__ import annotations

import argparse
import itertools
import signal
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from benchmarks import cases, first_text, ingest, local_search, report, whole_api
from benchmarks.floor import LABEL as FLOOR
from benchmarks.floor import ModelsClient, above_floor_row, floor_row
from benchmarks.harness import Paired
from benchmarks.imports import SDK_IMPORT, SDK_USE, measure_imports
from benchmarks.report import Row, times, us
from benchmarks.servers import BenchServer, open_server
from benchmarks.workloads import OPS, Client, RawClient, SdkClient

DEFAULT_ROUNDS = 31
OP_NAMES = {
    "set": "set_user_api_key (3 ids)",
    "get": "get_user_api_keys (3 keys)",
    "update": "update_user",
    "delete": "delete_user_api_key",
    "mix": "mix of the 4, in turn",
    "mix3": "mix of set, update, delete (the official client's three)",
}
# The User operations the official client 0.11.8 has: it lacks get_user_api_keys.
OFFICIAL_OPS = ("set", "update", "delete")


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def smoke_test(sdk: SdkClient, raw: RawClient) -> None:
    """Fail before timing anything if either side does not get the answers it should."""
    minted = sdk.set_user_api_key(["00000000-0000-4000-8000-000000000000"])
    keys = sdk.get_user_api_keys()
    if not getattr(minted, "api_key", "").startswith("tr-") or not isinstance(keys, list):
        raise RuntimeError(f"unexpected SDK answers: {type(minted)}, {type(keys)}")
    if sdk.update_user() is not None or sdk.delete_user_api_key() is not None:
        raise RuntimeError("update_user/delete_user_api_key should return None")
    raw_minted = raw.set_user_api_key([])
    if not isinstance(raw_minted, dict) or not isinstance(raw.get_user_api_keys(), list):
        raise RuntimeError("unexpected raw answers")
    raw.update_user()
    raw.delete_user_api_key()


def per_call_rows(
    sdk: SdkClient, raw: Client, scale: cases.Scale, server: BenchServer
) -> list[Row]:
    rows = []
    for op in (*OPS, "mix", "mix3"):
        ops = {"mix": OPS, "mix3": OFFICIAL_OPS}.get(op, (op,))
        progress(f"per call: {op}")
        result = cases.per_call(sdk, raw, ops, scale, server.reset)
        rows.append(
            Row(
                case=f"per call: {OP_NAMES[op]}",
                sdk=us(result.sdk_per_call_us),
                raw=us(result.raw_per_call_us),
                ratio=times(result.ratio),
                key=op,
                value=result.ratio,
            )
        )
    progress("per call: mix, floor")
    floor = ModelsClient(sdk.pkg, server.target, timeout=sdk.timeout)
    try:
        result = cases.per_call(floor, raw, OPS, scale, server.reset)
        rows.append(floor_row(f"per call: mix of the 4, {FLOOR}", result))
        progress("per call: mix, the SDK against its floor")
        result = cases.per_call(sdk, floor, OPS, scale, server.reset)
    finally:
        floor.close()
    rows.append(above_floor_row("per call: mix of the 4, the SDK against its floor", result, ""))
    return rows


def growth_rows(sdk: Client, raw: Client, scale: cases.Scale, server: BenchServer) -> list[Row]:
    rows = []
    medians: dict[str, dict[int, float]] = {"sdk": {}, "raw": {}}
    for size in cases.GROWTH_SIZES:
        progress(f"set_user_api_key with {size:,} ids")
        result = cases.big_set(sdk, raw, size, scale, server.reset)
        medians["sdk"][size] = result.sdk_per_call_us
        medians["raw"][size] = result.raw_per_call_us
        is_target = size == 10_000
        rows.append(
            Row(
                case=f"set_user_api_key, {size:,} dataset_ids",
                sdk=us(result.sdk_per_call_us),
                raw=us(result.raw_per_call_us),
                ratio=times(result.ratio),
                target=report.at_most(report.BIG_MAX) if is_target else "",
                holds=result.ratio <= report.BIG_MAX if is_target else None,
                key=f"big_{size}",
            )
        )
    steps = {side: worst_step(m) for side, m in medians.items()}
    rows.append(
        Row(
            case="growth 100→100,000 ids: worst tenfold step ÷ 10",
            sdk=f"{steps['sdk']:.2f}",
            raw=f"{steps['raw']:.2f}",
            ratio=times(steps["sdk"] / steps["raw"]),
            target=f"{report.at_most(report.LINEAR_MAX)} (linear)",
            holds=steps["sdk"] / steps["raw"] <= report.LINEAR_MAX,
        )
    )
    return rows


def worst_step(per_call: dict[int, float]) -> float:
    """max over consecutive sizes of t(10n) / (10 t(n)): 1.0 is exactly linear."""
    sizes = sorted(per_call)
    return max(per_call[b] / (per_call[a] * b / a) for a, b in itertools.pairwise(sizes))


def thread_rows(sdk: SdkClient, scale: cases.Scale, server: BenchServer) -> list[Row]:
    """Throughput of threads sharing one client, against raw urllib3 given the SDK's default
    timeout: the same I/O. A socket timeout makes CPython poll before every send and receive,
    one more GIL hand-over each, which costs a tenth of the throughput at 16 threads; raw
    without one would measure that rule, not the SDK's code."""
    raw = RawClient(server.target, timeout=sdk.timeout)
    rows = []
    for count in cases.THREAD_COUNTS:
        progress(f"{count} thread(s) sharing one client")
        result = cases.threads(sdk, raw, OPS, count, scale, server.reset)
        label = f"{count} thread{'s' if count > 1 else ''}"
        rows.append(thread_row(label, result, key=f"threads_{count}"))
    judged_label = f"{cases.JUDGED_THREADS} threads"
    progress(f"{judged_label} sharing one client, floor")
    floor = ModelsClient(sdk.pkg, server.target, timeout=sdk.timeout)
    try:
        result = cases.threads(floor, raw, OPS, cases.JUDGED_THREADS, scale, server.reset)
        rows.append(floor_row(f"{judged_label}, {FLOOR}: throughput", result, throughput=True))
        progress(f"{judged_label} sharing one client, the SDK against its floor")
        result = cases.threads(sdk, floor, OPS, cases.JUDGED_THREADS, scale, server.reset)
    finally:
        floor.close()
        raw.close()
    case = f"{judged_label}, one shared client, the SDK against its floor: throughput"
    rows.append(above_floor_row(case, result, "", throughput=True))
    return rows


def thread_row(label: str, result: Paired, key: str = "") -> Row:
    throughput = 1 / result.ratio
    return Row(
        case=f"{label}, one shared client: throughput",
        sdk=f"{1e6 / result.sdk_per_call_us:,.0f} calls/s",
        raw=f"{1e6 / result.raw_per_call_us:,.0f} calls/s",
        ratio=times(throughput),
        key=key,
    )


def connection_row(server: BenchServer, pkg: ModuleType) -> Row:
    progress(f"TCP connections of {cases.SEQUENTIAL_CALLS:,} sequential calls")
    seen = {}
    for side in ("sdk", "raw"):
        client: Client = (
            SdkClient(pkg, server.count_target) if side == "sdk" else RawClient(server.count_target)
        )
        before = server.connections()
        cases.sequential(client, OPS)
        seen[side] = server.connections() - before
        client.close()
    return Row(
        case=f"TCP connections for {cases.SEQUENTIAL_CALLS:,} sequential calls (mix)",
        sdk=str(seen["sdk"]),
        raw=str(seen["raw"]),
        ratio=times(seen["sdk"] / max(seen["raw"], 1)),
        target=f"SDK = {report.CONNECTIONS}",
        holds=seen["sdk"] == report.CONNECTIONS,
        key="connections",
    )


def import_rows(rounds: int) -> list[Row]:
    rows = []
    # The target is on the bare import; the package loads its names lazily, so the
    # import a script really pays before its first call is shown too, without a target.
    for code, label, targeted in (
        (SDK_IMPORT, '`python -c "import trieve_py_client"`', True),
        (SDK_USE, "import + load ApiClient, Configuration, UserApi, 2 models", False),
    ):
        progress(f"{label}: time and peak RSS, {rounds} processes each")
        result = measure_imports(rounds, sdk_code=code)
        key = "import" if targeted else "use"
        rows += [
            Row(
                case=f"{label}: wall time",
                sdk=f"{statistics.median(result.sdk_ns) / 1e6:.0f} ms",
                raw=f"{statistics.median(result.deps_ns) / 1e6:.0f} ms (deps alone)",
                ratio=times(result.time_ratio),
                target=report.at_most(report.IMPORT_MAX) if targeted else "",
                holds=result.time_ratio <= report.IMPORT_MAX if targeted else None,
                key=f"{key}_time",
            ),
            Row(
                case=f"{label}: peak RSS",
                sdk=f"{statistics.median(result.sdk_rss_kib) / 1024:.1f} MiB",
                raw=f"{statistics.median(result.deps_rss_kib) / 1024:.1f} MiB (deps alone)",
                ratio=times(result.rss_ratio),
                target=report.at_most(report.RSS_MAX) if targeted else "",
                holds=result.rss_ratio <= report.RSS_MAX if targeted else None,
                key=f"{key}_rss",
            ),
        ]
    return rows


# The rows of the helpers for many calls, each on a loopback server of its own (rag_loopback).
ONLY = ("streaming", "ingest")


def helper_rows(name: str, pkg: ModuleType) -> list[Row]:
    if name == "streaming":
        progress("streamed answer: time to first text, and the whole answer")
        return first_text.rows(pkg)
    progress(f"bulk ingest of {ingest.CHUNKS:,} chunks, and its peak RSS")
    return ingest.rows(pkg)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=None,
        help=f"SDK/raw pairs of batches per case (default {DEFAULT_ROUNDS}; 5 with --quick)",
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run: small and few batches")
    parser.add_argument(
        "--official", action="store_true", help="add the official client 0.11.8 (own venv)"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target misses")
    parser.add_argument(
        "--local", action="store_true", help="use the bundled local server even if nginx exists"
    )
    parser.add_argument(
        "--only",
        type=lambda text: text.split(","),
        default=[],
        help=f"run only these groups of rows, on their own servers: {', '.join(ONLY)}",
    )
    args = parser.parse_args(argv)
    if unknown := set(args.only) - set(ONLY):
        parser.error(f"--only: no group {', '.join(sorted(unknown))}; groups: {', '.join(ONLY)}")
    if args.rounds is None:
        args.rounds = 5 if args.quick else DEFAULT_ROUNDS
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # Imported here, not at the top, so that `--help` works even while the SDK is broken.
    import trieve_py_client
    from benchmarks import official_columns
    from trieve_py_client import testing

    scale = cases.Scale.quick(args.rounds) if args.quick else cases.Scale.full(args.rounds)
    # SIGTERM would end the process without unwinding, leaving the benchmark's nginx running;
    # as SystemExit it unwinds through open_server, which stops the server.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(128 + signal.SIGTERM))
    started = time.monotonic()
    if args.only:
        rows = [row for name in args.only for row in helper_rows(name, trieve_py_client)]
        print("\n".join(report.render(rows, False)), flush=True)
        summary, all_hold = report.verdict(rows)
        print("\n".join([*summary, f"(took {time.monotonic() - started:.0f} s)"]))
        return 1 if args.check and not all_hold else 0
    with open_server(force_local=args.local) as server:
        progress(f"server: {server.note}")
        sdk, raw = SdkClient(trieve_py_client, server.target), RawClient(server.target)
        smoke_test(sdk, raw)
        rows = per_call_rows(sdk, raw, scale, server)
        progress("per call: search_chunks with a filter")
        rows += whole_api.search_rows(trieve_py_client, server, scale)
        progress(f"local server: search over {local_search.CHUNKS:,} chunks, and plain sqlite3")
        rows += local_search.rows(trieve_py_client, testing, scale.rounds)
        rows += growth_rows(sdk, raw, scale, server)
        rows += thread_rows(sdk, scale, server)
        sdk.close()
        raw.close()
        rows.append(connection_row(server, trieve_py_client))
        rows += import_rows(scale.processes)
        rows += whole_api.import_rows(scale.processes, progress)
        for name in ONLY:
            rows += helper_rows(name, trieve_py_client)
        if args.official:
            official_columns.add(rows, server, scale, progress)
    command = "python -m benchmarks.run" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    where = Path(trieve_py_client.__file__).parent
    lines = [f"SDK: trieve_py_client {trieve_py_client.__version__} from {where}"]
    lines += report.header(server.note, args.rounds, scale.processes, command)
    lines += ["", *report.render(rows, args.official), ""]
    summary, all_hold = report.verdict(rows)
    if server.kind == "nginx":
        lines += summary
    else:
        all_hold = False  # nothing was measured that the targets speak of
        lines.append(f"NOT JUDGED: {server.note}")
    lines.append(f"(took {time.monotonic() - started:.0f} s)")
    print("\n".join(lines), flush=True)
    return 1 if args.check and not all_hold else 0


if __name__ == "__main__":
    sys.exit(main())
