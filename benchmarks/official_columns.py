"""The ``--official`` column: the official client's ratios, against the same server."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from benchmarks import report
from benchmarks.cases import Scale
from benchmarks.imports import SDK_USE, measure_imports
from benchmarks.official import VERSION, ensure_venv, run_official
from benchmarks.report import Row, times
from benchmarks.servers import BenchServer


def add(
    rows: list[Row], server: BenchServer, scale: Scale, progress: Callable[[str], None]
) -> None:
    """Fill ``Row.official`` of the rows the official client can be measured on, and add the
    judged row: the official client's time per call over the SDK's on the three User calls both
    have.

    Its ratios are to raw urllib3 timed in its own process (its venv, its urllib3), pair by
    pair as ours are, so the official client over the SDK is its mix's ratio to raw over the
    SDK's ratio to raw on the same three calls (the row ``mix3``); 0.11.8 has no
    get_user_api_keys, so its GET row stays "n/a" and its mix has the three other operations.
    """
    progress(f"official client {VERSION}: venv")
    python = ensure_venv()
    progress(f"official client {VERSION}: timing in its own process")
    before = server.connections()
    result = run_official(python, server.target, server.count_target, scale)
    connections = server.connections() - before
    progress(f"official client {VERSION}: import time and peak RSS")
    imports = measure_imports(scale.processes, python=str(python), sdk_path=None)
    use = measure_imports(scale.processes, python=str(python), sdk_path=None, sdk_code=SDK_USE)
    mix_key = "mix" if "get" in result["mix_ops"] else "mix3"
    mix_note = "" if mix_key == "mix" else " (no GET)"
    cells = {
        "set": times(result["set"]),
        "get": times(result["get"]) if "get" in result else "n/a (no such method)",
        "update": times(result["update"]),
        "delete": times(result["delete"]),
        mix_key: times(result["mix"]),
        "big_10000": times(result["big_10000"]),
        "threads_16": times(result["threads_16"]) + mix_note,
        "connections": str(connections),
        "import_time": times(imports.time_ratio),
        "import_rss": times(imports.rss_ratio),
        "use_time": times(use.time_ratio),
        "use_rss": times(use.rss_ratio),
    }
    for row in rows:
        row.official = cells.get(row.key, "")
    judged = official_row(result, rows, mix_key)
    if judged is not None:
        rows.append(judged)


def official_row(result: Mapping[str, Any], rows: list[Row], mix_key: str) -> Row | None:
    """The judged row: the official client's mix over raw (``result``, from its own process)
    over the SDK's ratio to raw on the same calls (the row keyed ``mix_key``), or None when
    that row was not measured."""
    sdk_mix = next((row.value for row in rows if row.key == mix_key), None)
    if sdk_mix is None:
        return None
    ratio = result["mix"] / sdk_mix
    return Row(
        case=f"per call: official {VERSION} against the SDK, {', '.join(result['mix_ops'])}",
        sdk=times(sdk_mix) + " raw",
        raw=times(result["mix"]) + " raw (official)",
        ratio=times(ratio),
        target=report.at_least(report.OFFICIAL_MIN),
        holds=ratio >= report.OFFICIAL_MIN,
    )
