"""The local server's search over 100,000 chunks, against the same FTS5 query in plain sqlite3.

The bundled server (``trieve_py_client.testing``) ranks with SQLite's FTS5. A search through
the SDK pays for HTTP on loopback, the spec check, the filter's SQL, the answer's JSON and the
SDK's models around the FTS5 query itself; plain sqlite3 runs only that query (the same
tokenizer, the same MATCH, BM25 order, the first 10 rows and their columns) over the same
100,000 texts. The ratio says how much the server adds to the index's own work: it stays
small when the server scales as the index does, and grows when it scans instead.

The corpus is made once, deterministically: each chunk 12 words drawn from 2,000, so each word
is in about 0.6 % of the chunks, and the two-word query matches about 1,200.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from types import ModuleType
from typing import Any

import urllib3

from benchmarks import report
from benchmarks.harness import paired
from benchmarks.report import Row, times, us
from benchmarks.search import repeat

CHUNKS = 100_000
BATCH = 120  # the server's limit per create_chunk request
WORDS = [f"w{i:04d}" for i in range(2_000)]
QUERY = "w0007 w0123"
PAGE = 10
CALLS = 20
LABEL = f"local server: search_chunks over {CHUNKS:,} chunks ({PAGE} results)"


def corpus() -> list[str]:
    rng = random.Random(24)
    return [" ".join(rng.choices(WORDS, k=12)) for _ in range(CHUNKS)]


def _ingest(url: str, key: str, dataset: str, texts: list[str]) -> None:
    """Raw requests of 120 chunks each: the ingest is set-up, not what is measured."""
    headers = {"Authorization": key, "TR-Dataset": dataset, "Content-Type": "application/json"}
    with urllib3.PoolManager() as pool:
        for start in range(0, len(texts), BATCH):
            body = [{"chunk_html": text} for text in texts[start : start + BATCH]]
            resp = pool.request("POST", url + "/api/chunk", body=json.dumps(body), headers=headers)
            if resp.status != 200:
                raise RuntimeError(f"ingest: HTTP {resp.status}")


def plain_sqlite(texts: list[str]) -> tuple[Callable[[], list[Any]], Callable[[], None]]:
    """The same FTS5 index and query in an in-memory sqlite3 database."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.executescript(
        "CREATE TABLE chunks (seq INTEGER PRIMARY KEY, id TEXT, body TEXT, created_at TEXT);"
        "CREATE VIRTUAL TABLE chunks_fts USING fts5(body, content='chunks', content_rowid='seq',"
        " tokenize='unicode61 remove_diacritics 2');"
    )
    conn.executemany(
        "INSERT INTO chunks (seq, id, body, created_at) VALUES (?, ?, ?, '2024-01-01')",
        [(i + 1, f"id-{i}", text) for i, text in enumerate(texts)],
    )
    conn.execute("INSERT INTO chunks_fts (chunks_fts) VALUES ('rebuild')")
    match = " OR ".join(f'"{word}"' for word in QUERY.split())

    def call() -> list[Any]:
        return conn.execute(
            "SELECT c.id, c.body, c.created_at, -bm25(chunks_fts) FROM chunks_fts "
            "JOIN chunks c ON c.seq = chunks_fts.rowid WHERE chunks_fts MATCH ? "
            "ORDER BY bm25(chunks_fts) LIMIT ?",
            (match, PAGE),
        ).fetchall()

    return call, conn.close


def rows(pkg: ModuleType, testing: ModuleType, rounds: int) -> list[Row]:
    texts = corpus()
    with testing.LocalTrieveServer() as server:
        dataset = server.add_dataset()
        _ingest(server.url, server.api_key, dataset, texts)
        config = pkg.Configuration(host=server.url, api_key={"ApiKey": server.api_key})
        with pkg.ApiClient(config) as client:
            api = pkg.ChunkApi(client)
            payload = pkg.SearchChunksReqPayload(query=QUERY, search_type="bm25", page_size=PAGE)

            def sdk() -> Any:
                return api.search_chunks(dataset, payload, x_api_version="V2")

            plain, close = plain_sqlite(texts)
            try:
                got = [c.chunk.actual_instance.chunk_html for c in sdk().actual_instance.chunks]
                if got != [row[1] for row in plain()]:
                    raise RuntimeError("the local server and sqlite3 rank differently")
                result = paired(repeat(sdk, CALLS), repeat(plain, CALLS), rounds, CALLS)
            finally:
                close()
    return [
        Row(
            case=LABEL,
            sdk=us(result.sdk_per_call_us),
            raw=f"{us(result.raw_per_call_us)} (plain sqlite3 FTS5)",
            ratio=times(result.ratio),
            target=report.at_most(report.LOCAL_SEARCH_MAX),
            holds=result.ratio <= report.LOCAL_SEARCH_MAX,
        )
    ]
