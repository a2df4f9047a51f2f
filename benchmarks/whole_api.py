"""The rows for the whole API: a search with a filter per call, and what importing costs when a
script uses one API class, or loads every class and model (against the official client)."""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable
from types import ModuleType

from benchmarks import report, search
from benchmarks.cases import Scale
from benchmarks.floor import LABEL, above_floor_row, floor_row, models_search
from benchmarks.harness import paired
from benchmarks.imports import DEPS_IMPORT, ImportResult, Side, measure_pair
from benchmarks.official import ensure_venv
from benchmarks.report import Row, times, us
from benchmarks.servers import BenchServer

FIRST_API = "from trieve_py_client import ChunkApi\nChunkApi()"
EVERYTHING = "import trieve_py_client as p\nfor name in p.__all__: getattr(p, name)"
OFFICIAL_IMPORT = "import trieve_py_client"


def search_rows(pkg: ModuleType, server: BenchServer, scale: Scale) -> list[Row]:
    """``search_chunks`` with a filter against raw urllib3 sending the same request, the floor's
    search (``floor.py``) against raw, and the judged row: the SDK against the floor."""
    label = "per call: search_chunks with a filter (5 results)"
    if server.kind != "nginx":
        return [Row(label, "n/a", "n/a", "n/a (no search route on the local server)")]
    config = pkg.Configuration(host=server.target.url)
    config.api_key["ApiKey"] = server.target.api_key
    with pkg.ApiClient(config) as client:
        sdk = search.sdk_search(pkg, client)
        raw, close_raw = search.raw_search(server.target)
        models, close_models = models_search(pkg, server.target, config.timeout)
        found = getattr(sdk(), "actual_instance", None)
        if (
            len(getattr(found, "chunks", ())) != search.RESULTS
            or len(raw()["chunks"]) != search.RESULTS
        ):
            raise RuntimeError("the search answers are not the chunks served")
        try:
            results = [
                paired(
                    search.repeat(first, scale.calls),
                    search.repeat(second, scale.calls),
                    scale.rounds,
                    scale.calls,
                )
                for first, second in ((sdk, raw), (models, raw), (sdk, models))
            ]
        finally:
            close_models()
            close_raw()
    result, floor_result, above = results
    return [
        Row(label, us(result.sdk_per_call_us), us(result.raw_per_call_us), times(result.ratio)),
        floor_row(f"per call: search_chunks, {LABEL}", floor_result),
        above_floor_row("per call: search_chunks, the SDK against its floor", above, "search"),
    ]


def import_rows(processes: int, progress: Callable[[str], None]) -> list[Row]:
    """First use of one API class against the deps alone; every API class and model against
    the official client's ``import trieve_py_client``, which loads all of them eagerly."""
    progress(f"first use of ChunkApi: {processes} processes each")
    first = measure_pair(
        processes, Side(sys.executable, FIRST_API), Side(sys.executable, DEPS_IMPORT)
    )
    progress(f"every API class and model, and the official client: {processes} processes each")
    official = Side(str(ensure_venv()), OFFICIAL_IMPORT, sdk_path=None)
    everything = measure_pair(processes, Side(sys.executable, EVERYTHING), official)
    return [
        _time_row(
            "`from trieve_py_client import ChunkApi; ChunkApi()`: wall time",
            first,
            "deps alone",
            report.FIRST_API_MAX,
        ),
        _time_row(
            "every API class and model loaded: wall time",
            everything,
            "official 0.11.8 import",
            report.EVERYTHING_MAX,
        ),
    ]


def _time_row(case: str, result: ImportResult, other: str, limit: float) -> Row:
    return Row(
        case=case,
        sdk=f"{statistics.median(result.sdk_ns) / 1e6:.0f} ms",
        raw=f"{statistics.median(result.deps_ns) / 1e6:.0f} ms ({other})",
        ratio=times(result.time_ratio),
        target=report.at_most(limit),
        holds=result.time_ratio <= limit,
    )
