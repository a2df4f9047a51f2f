"""Timing: A/B rounds, interleaved, and the median of their paired ratios.

On a shared, noisy machine the absolute time of a batch drifts by tens of percent within
seconds. Timing the SDK and raw batches back to back, alternating which goes first (ABBA...),
puts both sides of each pair under the same conditions, and the median of the per-pair ratios
ignores the rounds that a burst of other work spoiled.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# A batch returns None to be timed whole, or the nanoseconds it measured itself (a threaded
# batch leaves out starting its threads).
Batch = Callable[[], "int | None"]


@dataclass(frozen=True)
class Paired:
    """Nanoseconds per batch of each side, round by round; ``calls`` per batch."""

    sdk: list[int]
    raw: list[int]
    calls: int

    @property
    def ratio(self) -> float:
        """Median over rounds of SDK time / raw time."""
        return statistics.median(s / r for s, r in zip(self.sdk, self.raw, strict=True))

    @property
    def sdk_per_call_us(self) -> float:
        return statistics.median(self.sdk) / self.calls / 1000

    @property
    def raw_per_call_us(self) -> float:
        return statistics.median(self.raw) / self.calls / 1000


def _timed(batch: Batch) -> int:
    started = time.perf_counter_ns()
    measured = batch()
    return measured if measured is not None else time.perf_counter_ns() - started


def paired(
    sdk: Batch,
    raw: Batch,
    rounds: int,
    calls: int,
    *,
    warmup: int = 1,
    between: Callable[[], None] | None = None,
) -> Paired:
    """Time ``rounds`` pairs of batches after ``warmup`` untimed ones of each side.

    ``between`` runs untimed after every batch (the fallback server uses it to drop the keys
    that the batch created, so that later listings do not grow).
    """
    for _ in range(warmup):
        for batch in (sdk, raw):
            batch()
            if between is not None:
                between()
    sdk_ns: list[int] = []
    raw_ns: list[int] = []
    for i in range(rounds):
        order = ((sdk, sdk_ns), (raw, raw_ns)) if i % 2 == 0 else ((raw, raw_ns), (sdk, sdk_ns))
        for batch, sink in order:
            sink.append(_timed(batch))
            if between is not None:
                between()
    return Paired(sdk_ns, raw_ns, calls)


def threaded(make_worker: Callable[[], Callable[[], None]], threads: int) -> Batch:
    """A batch running one worker per thread, all released together, timed until the last
    ends. ``make_worker`` is called once per thread, outside the timed part."""

    def run() -> int:
        workers = [make_worker() for _ in range(threads)]
        gate = threading.Barrier(threads + 1)

        def body(work: Callable[[], None]) -> None:
            gate.wait()
            work()

        pool = [threading.Thread(target=body, args=(w,)) for w in workers]
        for thread in pool:
            thread.start()
        gate.wait()
        started = time.perf_counter_ns()
        for thread in pool:
            thread.join()
        return time.perf_counter_ns() - started

    return run
