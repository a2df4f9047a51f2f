"""The examples of the guide pages for streaming, bulk ingest and paging run as a user runs
them (a fresh interpreter) against a loopback server speaking Trieve's formats."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ragserver import RagServer, Script, chunk_json, message_stream

DOCS = Path(__file__).resolve().parents[1] / "docs"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.fixture
def rag() -> Iterator[RagServer]:
    with RagServer() as server:
        yield server


def run(page: str, rag: RagServer, containing: str = "") -> str:
    (code,) = [
        b for b in BLOCK.findall((DOCS / page).read_text(encoding="utf-8")) if containing in b
    ]
    env = dict(os.environ, TRIEVE_BASE_URL=rag.url, TRIEVE_API_KEY="tr-docs")
    env |= {"DATASET_ID": "dataset", "TOPIC_ID": "00000000-0000-4000-8000-0000000000aa"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_streaming_example_prints_the_answer(rag: RagServer) -> None:
    data = message_stream(
        ["Trieve is ", "search || RAG."], [chunk_json("c1"), chunk_json("c2")], False
    )
    rag.stream(Script([data[:7], data[7:60], data[60:]]))
    assert run("Streaming.md", rag) == "Trieve is search || RAG.\n2 chunks cited\n"


def test_the_bulk_example_ingests_every_chunk(rag: RagServer) -> None:
    assert run("BulkIngest.md", rag).startswith("1000 sent, 1000 accepted in 9 batches")
    assert max(rag.batch_sizes) <= 120


def test_the_paging_example_counts_every_chunk(rag: RagServer) -> None:
    rag.add_chunks(250)
    assert run("Paging.md", rag) == "250 chunks\n"


def test_the_readme_streams_an_answer_and_ingests(rag: RagServer) -> None:
    rag.stream(Script([b"[]||", b"Hello"]))
    assert run("../README.md", rag, "_stream(") == "Hello\n0 chunks cited\n"
    rag.record = False  # 100,000 chunks: counted, not kept
    assert run("../README.md", rag, "ingest_chunks(").startswith("100000 sent, 100000 accepted")
