"""The examples of the guide pages for streaming, bulk ingest and paging run as a user runs
them (a fresh interpreter): against a loopback server scripted in Trieve's formats, and in turn
against the bundled local Trieve."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.ragserver import RagServer, Script, chunk_json, message_stream

from trieve_py_client import ApiClient, CreateTopicReqPayload, TopicApi
from trieve_py_client.testing import LocalTrieveServer

DOCS = Path(__file__).resolve().parents[2] / "docs"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.fixture
def rag() -> Iterator[RagServer]:
    with RagServer() as server:
        yield server


def run(page: str, rag: RagServer, containing: str = "") -> str:
    env = {"TRIEVE_BASE_URL": rag.url, "TRIEVE_API_KEY": "tr-docs", "DATASET_ID": "dataset"}
    return run_with(page, env | {"TOPIC_ID": "00000000-0000-4000-8000-0000000000aa"}, containing)


def run_with(page: str, variables: dict[str, str], containing: str = "") -> str:
    (code,) = [
        b for b in BLOCK.findall((DOCS / page).read_text(encoding="utf-8")) if containing in b
    ]
    env = dict(os.environ) | variables
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


def test_the_guides_ingest_page_and_stream_on_the_local_trieve(
    server: LocalTrieveServer, client: ApiClient
) -> None:
    """The three examples strung together as a user would, on the bundled server: what the bulk
    example stores, the paging example counts, and the streamed answer cites what it numbers."""
    dataset = server.add_dataset()
    topic = TopicApi(client).create_topic(
        dataset, CreateTopicReqPayload(owner_id="docs", name="Docs")
    )
    env = {"TRIEVE_BASE_URL": server.url, "TRIEVE_API_KEY": server.api_key}
    env |= {"DATASET_ID": dataset, "TOPIC_ID": str(topic.id)}
    assert run_with("BulkIngest.md", env).startswith("1000 sent, 1000 accepted in 9 batches")
    assert run_with("Paging.md", env) == "1000 chunks\n"
    text, cited = run_with("Streaming.md", env).splitlines()
    numbered = len(re.findall(r"\[\d+\]", text))
    assert cited == f"{numbered} chunks cited"
