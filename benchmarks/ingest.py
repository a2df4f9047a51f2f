"""Bulk ingest throughput and memory (``rag_loopback``'s ``POST /api/chunk``).

- throughput: ``CHUNKS`` chunks (dicts from a generator) through ``bulk.ingest_chunks`` in
  batches of 120 over 4 threads sharing one client, against raw urllib3 sending the same
  batches (``json.dumps``, ``json.loads``) from 4 threads over one ``PoolManager`` with the
  SDK's default timeout (as in the thread rows: a timeout costs a ``poll()`` per send and
  receive); chunks per second, the median of ``PAIRS`` pairs taken in turns (ABBA);
- the floor: raw urllib3 as above with the SDK's models around it, no client code: each batch
  validated as ``list[ChunkReqPayload]`` and written by its ``dump_json``, each answer read
  into ``ReturnQueuedChunk``, what ``ChunkApi.create_chunk`` returns; against raw, no target;
- memory: the helper's peak RSS (``VmHWM``) in a process of its own at ``CHUNKS`` chunks
  against one at ``FEW``: flat when no chunk outlives its batch.
"""

from __future__ import annotations

import itertools
import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import Any

import urllib3
from pydantic import TypeAdapter

from benchmarks import report
from benchmarks.rag_loopback import DATASET, REPO, running
from benchmarks.report import Row, times

CHUNKS = 100_000
FEW = 20_000
BATCH = 120
THREADS = 4
PAIRS = 2
PEAK = "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"


def chunks(count: int) -> Iterator[dict[str, Any]]:
    for n in range(count):
        yield {"chunk_html": f"<p>Chunk {n} of the benchmark corpus.</p>", "tag_set": ["bench"]}


def sdk_ingest(pkg: ModuleType, url: str, count: int) -> float:
    """Seconds for the helper to ingest ``count`` chunks."""
    from trieve_py_client.bulk import ingest_chunks

    config = pkg.Configuration(host=url, api_key={"ApiKey": "tr-bench"})
    with pkg.ApiClient(config) as client:
        began = time.perf_counter()
        summary = ingest_chunks(pkg.ChunkApi(client), DATASET, chunks(count), threads=THREADS)
        took = time.perf_counter() - began
    if summary.accepted != count or summary.failed or summary.unknown:
        raise RuntimeError(f"the helper's ingest: {summary}")
    return took


def raw_ingest(url: str, count: int, pkg: ModuleType, floor: bool = False) -> float:
    """Seconds for raw urllib3, with the timeout of ``pkg``'s configuration, to send the same
    batches over ``THREADS`` threads; with ``floor``, each batch and answer through ``pkg``'s
    models."""
    timeout = pkg.Configuration().timeout
    dumps, loads = _floor(pkg) if floor else (json.dumps, json.loads)
    source = chunks(count)
    lock = threading.Lock()
    headers = {"Authorization": "tr-bench", "TR-Dataset": DATASET}
    headers |= {"Content-Type": "application/json", "Accept": "application/json"}
    accepted = [0] * THREADS

    def worker(number: int) -> None:
        while True:
            with lock:
                batch = list(itertools.islice(source, BATCH))
            if not batch:
                return
            resp = pool.request("POST", url + "/api/chunk", body=dumps(batch), headers=headers)
            if resp.status != 200:
                raise RuntimeError(f"raw ingest: HTTP {resp.status}")
            accepted[number] += len(loads(resp.data)["chunk_metadata"])

    with urllib3.PoolManager(maxsize=THREADS, timeout=timeout) as pool:
        began = time.perf_counter()
        with ThreadPoolExecutor(THREADS) as threads:
            list(threads.map(worker, range(THREADS)))
        took = time.perf_counter() - began
    if sum(accepted) != count:
        raise RuntimeError(f"raw ingest: {sum(accepted)} of {count} accepted")
    return took


def _floor(pkg: ModuleType) -> tuple[Callable[[Any], Any], Callable[[bytes], Any]]:
    chunk_list = TypeAdapter(list[pkg.ChunkReqPayload])  # type: ignore[name-defined]
    answer = TypeAdapter(pkg.ReturnQueuedChunk).validate_json

    def dumps(batch: list[Any]) -> bytes:
        return chunk_list.dump_json(
            chunk_list.validate_python(batch), by_alias=True, exclude_unset=True
        )

    def loads(data: bytes) -> Any:
        return {"chunk_metadata": answer(data).actual_instance.chunk_metadata}

    return dumps, loads


def peak_kib(url: str, count: int) -> int:
    """The helper's peak RSS, in a process of its own, ingesting ``count`` chunks."""
    code = (
        "import trieve_py_client\nfrom benchmarks import ingest\n"
        f"ingest.sdk_ingest(trieve_py_client, {url!r}, {count})\n{PEAK}"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1])


def rows(pkg: ModuleType) -> list[Row]:
    sdk: list[float] = []
    raw: list[float] = []
    floor: list[float] = []
    with running() as url:
        sdk_ingest(pkg, url, 2_000)  # warm-up: models loaded, connections open
        raw_ingest(url, 2_000, pkg)
        raw_ingest(url, 2_000, pkg, floor=True)
        for pair in range(PAIRS):
            if pair % 2 == 0:
                sdk.append(sdk_ingest(pkg, url, CHUNKS))
                raw.append(raw_ingest(url, CHUNKS, pkg))
                floor.append(raw_ingest(url, CHUNKS, pkg, floor=True))
            else:
                floor.append(raw_ingest(url, CHUNKS, pkg, floor=True))
                raw.append(raw_ingest(url, CHUNKS, pkg))
                sdk.append(sdk_ingest(pkg, url, CHUNKS))
        few, many = peak_kib(url, FEW), peak_kib(url, CHUNKS)
    throughput = statistics.median(r / s for s, r in zip(sdk, raw, strict=True))
    floored = statistics.median(r / f for f, r in zip(floor, raw, strict=True))
    rss = many / few
    return [
        Row(
            case=f"bulk ingest: {CHUNKS:,} chunks, batches of {BATCH}, {THREADS} threads",
            sdk=f"{CHUNKS / statistics.median(sdk):,.0f} chunks/s",
            raw=f"{CHUNKS / statistics.median(raw):,.0f} chunks/s",
            ratio=times(throughput),
            target=report.at_least(report.INGEST_MIN),
            holds=throughput >= report.INGEST_MIN,
        ),
        Row(
            case="bulk ingest: floor (urllib3 + the SDK's models, no client code)",
            sdk=f"{CHUNKS / statistics.median(floor):,.0f} chunks/s",
            raw=f"{CHUNKS / statistics.median(raw):,.0f} chunks/s",
            ratio=times(floored),
        ),
        Row(
            case=f"bulk ingest: peak RSS at {CHUNKS:,} chunks ÷ at {FEW:,}",
            sdk=f"{many / 1024:.1f} MiB",
            raw=f"{few / 1024:.1f} MiB ({FEW:,} chunks)",
            ratio=times(rss),
            target=report.at_most(report.INGEST_RSS_MAX),
            holds=rss <= report.INGEST_RSS_MAX,
        ),
    ]
