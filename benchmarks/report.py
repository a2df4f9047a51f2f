"""The targets and the one table of results, as Markdown (the README embeds it)."""

from __future__ import annotations

import datetime
import os
import platform
import sys
from dataclasses import dataclass

from benchmarks.cases import JUDGED_THREAD_PAIRS, JUDGED_THREADS

# The SDK's own code, timed against the floor (urllib3 with the SDK's models and none of its
# client code, floor.py) pair by pair: at most 5 % of a call above it for the User mix and the
# search with a filter, and at 16 threads at least 0.95x its throughput.
ABOVE_FLOOR_MAX = 1.05
BIG_MAX = 1.20
# Growth is "linear" when the SDK's worst tenfold step of the id count (t(10n) / 10 t(n)) is at
# most 1.15x raw urllib3's in the same run: what the server and loopback add to big bodies
# shows on both sides, while a superlinear client (quadratic: 100x per step) fails at once.
LINEAR_MAX = 1.15
THREADS_MIN = 0.95
# Per call, the official client's time over the SDK's on the User calls both have.
OFFICIAL_MIN = 1.25
IMPORT_MAX = 1.15
RSS_MAX = 1.15
CONNECTIONS = 1
# The whole API: the first use of one API class against the deps alone; every API class and
# model loaded against the official client's eager import.
FIRST_API_MAX = 2.0
EVERYTHING_MAX = 0.5
# The local server's search over 100,000 chunks against the same FTS5 query in plain sqlite3.
# What the server adds (HTTP, the spec check, JSON, the SDK's models) stays within 3x the
# index's own work when it scales as the index does; a scan per search costs hundreds of times.
LOCAL_SEARCH_MAX = 4.0
# Streamed answers: the caller holds a text piece at most this long after the server wrote it.
FIRST_TEXT_MAX_MS = 5.0
# Bulk ingest, 100,000 chunks in batches of 120 over 4 threads: throughput against raw urllib3
# sending the same batches, and peak RSS at 100,000 chunks against 20,000 (flat: no chunk kept).
INGEST_MIN = 0.9
INGEST_RSS_MAX = 1.1


@dataclass
class Row:
    """One line of the table; ``holds`` is None for a figure without a target."""

    case: str
    sdk: str
    raw: str
    ratio: str
    target: str = ""
    holds: bool | None = None
    official: str = ""
    key: str = ""  # names the row for the official client's column
    value: float | None = None  # the ratio as a number, for a row computed from this one


def us(ns_per_call: float) -> str:
    """A per-call time given in microseconds, at a readable precision."""
    if ns_per_call >= 10_000:
        return f"{ns_per_call / 1000:,.1f} ms"
    return f"{ns_per_call:,.0f} µs"


TIMES = "\u00d7"  # the multiplication sign, escaped: ruff flags it as confusable with x


def times(value: float) -> str:
    # Three decimals: a ratio that misses its target by a hair must not print as the target.
    return f"{value:.3f}{TIMES}"


def at_most(limit: float) -> str:
    return f"≤ {limit:.2f}{TIMES}"


def at_least(limit: float) -> str:
    return f"≥ {limit:.2f}{TIMES}"


def machine() -> str:
    cores = os.cpu_count() or 0
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    return (
        f"{affinity} cores (nproc), {platform.machine()}, {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()} "
        f"({sys.implementation.name})"
    )


def header(server_note: str, rounds: int, processes: int, command: str) -> list[str]:
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return [
        f"- date: {today}",
        f"- machine: {machine()}",
        f"- server: {server_note}",
        f"- rounds: {rounds} interleaved SDK/raw pairs of batches per case "
        f"({rounds * JUDGED_THREAD_PAIRS} for {JUDGED_THREADS} threads), {processes} "
        "processes per side for imports; each ratio is the median of the per-pair ratios",
        f"- command: `{command}`",
    ]


def render(rows: list[Row], with_official: bool) -> list[str]:
    """The table as Markdown lines."""
    titles = ["case", "SDK", "raw urllib3", "SDK/raw", "target", "holds"]
    if with_official:
        titles.append("official 0.11.8/raw")
    body = []
    for row in rows:
        mark = "" if row.holds is None else ("yes" if row.holds else "**NO**")
        cells = [row.case, row.sdk, row.raw, row.ratio, row.target, mark]
        if with_official:
            cells.append(row.official)
        body.append(cells)
    widths = [max(len(t), *(len(c[i]) for c in body)) for i, t in enumerate(titles)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return [line(titles), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [
        line(c) for c in body
    ]


def verdict(rows: list[Row]) -> tuple[list[str], bool]:
    """Lines naming the targets that miss, and whether all targets hold."""
    missed = [row for row in rows if row.holds is False]
    checked = sum(row.holds is not None for row in rows)
    if not missed:
        return [f"All {checked} targets hold."], True
    lines = [f"{len(missed)} of {checked} targets MISS:"]
    lines += [f"- {row.case}: {row.ratio} (target {row.target})" for row in missed]
    return lines, False
