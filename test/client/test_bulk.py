"""Bulk ingest and file upload, and the exceptions users meet at volume, against a loopback
server with create_chunk's limit (test/support/ragserver.py)."""

from __future__ import annotations

import base64
import datetime
import json
import math
import signal
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from pydantic import ValidationError
from support import ragserver
from support.ragserver import TOO_MANY, UPGRADE, RagServer

from trieve_py_client import (
    ApiClient,
    ApiValueError,
    ChunkApi,
    ChunkGroupApi,
    Configuration,
    FileApi,
    PayloadTooLargeException,
    UpgradeRequiredException,
    models,
)
from trieve_py_client.bulk import (
    IngestInterrupted,
    IngestSummary,
    InterruptedBatch,
    ingest_chunks,
    ingest_groups,
    upload_file,
)


@pytest.fixture
def rag() -> Iterator[RagServer]:
    with RagServer() as server:
        yield server


@pytest.fixture
def chunk_api(rag: RagServer) -> Iterator[ChunkApi]:
    configuration = Configuration(host=rag.url, api_key={"ApiKey": "tr-test"})
    with ApiClient(configuration) as api_client:
        yield ChunkApi(api_client)


def chunks(count: int, upsert: bool = False) -> Iterator[dict[str, Any]]:
    for number in range(count):
        chunk: dict[str, Any] = {"chunk_html": f"<p>{number}</p>", "tracking_id": f"t{number}"}
        if upsert:
            chunk["upsert_by_tracking_id"] = True
        yield chunk


@pytest.mark.parametrize("threads", [1, 4])
def test_every_chunk_is_sent_once_in_batches_the_server_takes(
    rag: RagServer, chunk_api: ChunkApi, threads: int
) -> None:
    summary = ingest_chunks(chunk_api, "dataset", chunks(1000), threads=threads)
    assert (summary.sent, summary.accepted, summary.batches) == (1000, 1000, 9)
    assert not summary.failed
    assert not summary.unknown
    assert max(rag.batch_sizes) <= 120
    assert sum(rag.batch_sizes) == 1000
    html = sorted(c["chunk_html"] for c in rag.chunks.values())
    assert html == sorted(f"<p>{n}</p>" for n in range(1000))


def test_models_are_ingested_as_dicts_are(rag: RagServer, chunk_api: ChunkApi) -> None:
    made = (models.ChunkReqPayload(chunk_html=str(n)) for n in range(130))
    assert ingest_chunks(chunk_api, "dataset", made, batch_size=100).accepted == 130
    assert rag.batch_sizes == [100, 30]


@pytest.mark.parametrize("size", [0, 121, True, "120"])
def test_a_batch_size_past_the_limit_is_refused(chunk_api: ChunkApi, size: Any) -> None:
    with pytest.raises(ApiValueError, match="batch_size must be from 1 to 120"):
        ingest_chunks(chunk_api, "dataset", chunks(1), batch_size=size)


def test_413_and_426_raise_their_own_classes(rag: RagServer, chunk_api: ChunkApi) -> None:
    too_many = models.CreateChunkReqPayloadEnum([models.ChunkReqPayload(chunk_html="x")] * 121)
    with pytest.raises(PayloadTooLargeException) as raised:
        chunk_api.create_chunk("dataset", too_many)
    assert raised.value.status == 413
    assert raised.value.message == TOO_MANY
    rag.quota = 0
    with pytest.raises(UpgradeRequiredException) as upgrade:
        chunk_api.create_chunk(
            "dataset", models.CreateChunkReqPayloadEnum([models.ChunkReqPayload(chunk_html="x")])
        )
    assert upgrade.value.message == UPGRADE


def test_a_batch_that_upserts_is_resent_after_an_unknown_outcome(
    rag: RagServer, chunk_api: ChunkApi
) -> None:
    rag.failures[1] = 502  # the second batch is stored, and its answer lost
    summary = ingest_chunks(chunk_api, "dataset", chunks(300, upsert=True))
    assert not summary.unknown
    assert summary.accepted == 300
    assert rag.batch_sizes == [120, 120, 120, 60]  # the second batch went twice
    assert len(rag.chunks) == 300  # and is stored once


def test_any_other_batch_is_sent_once_and_reported_unknown(
    rag: RagServer, chunk_api: ChunkApi
) -> None:
    rag.failures[1] = 502
    summary = ingest_chunks(chunk_api, "dataset", chunks(300))
    assert rag.batch_sizes == [120, 120, 60]
    assert [(b.batch, b.first, b.size) for b in summary.unknown] == [(1, 120, 120)]
    assert summary.unknown[0].error.status == 502
    assert not summary.failed
    assert (summary.sent, summary.accepted) == (300, 180)


def test_a_refused_batch_is_reported_failed(rag: RagServer, chunk_api: ChunkApi) -> None:
    rag.quota = 150
    summary = ingest_chunks(chunk_api, "dataset", chunks(300), threads=1)
    assert [b.batch for b in summary.failed] == [1, 2]
    assert isinstance(summary.failed[0].error, UpgradeRequiredException)
    assert "2 batches failed" in str(summary)


def test_ctrl_c_stops_and_says_how_far_it_got(rag: RagServer, chunk_api: ChunkApi) -> None:
    def interrupted() -> Iterator[dict[str, Any]]:
        yield from chunks(250)
        raise KeyboardInterrupt

    with pytest.raises(IngestInterrupted) as raised:
        ingest_chunks(chunk_api, "dataset", interrupted(), threads=2)
    assert raised.value.summary.interrupted
    assert raised.value.summary.sent == 240 == sum(rag.batch_sizes)
    assert str(raised.value).startswith("interrupted: 240 sent")


def test_ctrl_c_in_one_thread_reports_the_batch_it_stopped(
    rag: RagServer, chunk_api: ChunkApi
) -> None:
    main = threading.main_thread().ident
    assert main is not None
    assert threading.get_ident() == main

    def interrupt(number: int) -> None:
        if number == 1:  # stored; the answer waits while Ctrl-C reaches the caller
            signal.pthread_kill(main, signal.SIGINT)
            time.sleep(0.5)

    rag.on_batch = interrupt
    with pytest.raises(IngestInterrupted) as raised:
        ingest_chunks(chunk_api, "dataset", chunks(1000), threads=1)
    summary = raised.value.summary
    assert rag.batch_sizes == [120, 120]  # no batch after Ctrl-C
    assert (summary.sent, summary.accepted, summary.batches) == (240, 120, 2)
    assert [(b.batch, b.first, b.size) for b in summary.unknown] == [(1, 120, 120)]
    assert isinstance(summary.unknown[0].error, InterruptedBatch)
    assert summary.unknown[0].error.outcome_unknown
    assert str(raised.value) == "interrupted: 240 sent, 120 accepted in 2 batches; " + (
        "0 batches failed, 1 of unknown outcome"
    )


def test_the_iterable_is_read_a_batch_at_a_time(chunk_api: ChunkApi) -> None:
    read = 0
    most_ahead = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal read
        for chunk in chunks(600):
            read += 1
            yield chunk

    def progress(summary: IngestSummary) -> None:
        nonlocal most_ahead
        most_ahead = max(most_ahead, read - summary.sent)

    ingest_chunks(chunk_api, "dataset", counted(), progress=progress)
    assert read == 600
    assert most_ahead == 0  # one thread: nothing read beyond the batch just sent


def test_progress_true_draws_a_tqdm_bar(
    chunk_api: ChunkApi, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest_chunks(chunk_api, "dataset", chunks(250), progress=True)
    drawn = capsys.readouterr().err
    assert drawn.rstrip().split("\r")[-1].startswith("ingest: 250item ")


def test_progress_true_without_tqdm_draws_nothing(
    chunk_api: ChunkApi, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if the extra were not installed
    summary = ingest_chunks(chunk_api, "dataset", chunks(250), progress=True)
    assert summary.accepted == 250
    assert capsys.readouterr().err == ""


def test_progress_is_reported_after_every_batch(chunk_api: ChunkApi) -> None:
    seen: list[int] = []
    ingest_chunks(chunk_api, "dataset", chunks(250), progress=lambda s: seen.append(s.sent))
    assert seen == [120, 240, 250]


def test_a_file_is_sent_as_url_safe_base64_without_padding(
    rag: RagServer, chunk_api: ChunkApi, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"\xfb\xff text?")  # standard base64 would hold "+", "/" and "="
    result = upload_file(FileApi(chunk_api.api_client), "dataset", path)
    assert result.file_metadata.file_name == "notes.txt"
    sent = rag.requests[-1][2]["base64_file"]
    assert base64.urlsafe_b64decode(sent + "=" * (-len(sent) % 4)) == path.read_bytes()
    with pytest.raises(ApiValueError, match="is not a file"):
        upload_file(FileApi(chunk_api.api_client), "dataset", tmp_path / "missing")


def test_a_summary_starts_empty() -> None:
    assert (
        str(IngestSummary())
        == "0 sent, 0 accepted in 0 batches; 0 batches failed, 0 of unknown outcome"
    )


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ({"chunk_html": "x", "tag_sett": ["a"]}, "has no field 'tag_sett'; did you mean 'tag_set'"),
        ({"chunk_html": "x", "weight": math.nan}, "weight"),
        ({"chunk_html": 5}, "chunk_html"),
    ],
)
def test_a_bad_chunk_is_refused_naming_its_field_before_its_batch_is_sent(
    rag: RagServer, chunk_api: ChunkApi, bad: dict[str, Any], says: str
) -> None:
    items = [*chunks(125), bad, *chunks(10)]
    with pytest.raises(ValidationError, match="ChunkReqPayload") as raised:
        ingest_chunks(chunk_api, "dataset", items)
    assert says in str(raised.value)
    assert rag.batch_sizes == [120]  # the bad chunk's batch never went


def test_any_mapping_and_per_call_options_are_taken(rag: RagServer, chunk_api: ChunkApi) -> None:
    items = [MappingProxyType(c) for c in chunks(130)]
    summary = ingest_chunks(chunk_api, "dataset", items, _request_timeout=5)
    assert (summary.accepted, rag.batch_sizes) == (130, [120, 10])
    assert sorted(c["chunk_html"] for c in rag.chunks.values())[:2] == ["<p>0</p>", "<p>100</p>"]


def test_chunks_queued_are_counted_whatever_their_records_hold(
    rag: RagServer, chunk_api: ChunkApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A newer server's records, say, without fields this client's ChunkMetadata requires: the
    # summary counts what was queued and does not report a stored batch as of unknown outcome.
    monkeypatch.setattr(ragserver, "chunk_json", lambda chunk_id, *_: {"id": chunk_id})
    summary = ingest_chunks(chunk_api, "dataset", chunks(250), threads=2)
    assert (summary.accepted, summary.unknown, summary.failed) == (250, [], [])


def test_an_item_neither_a_chunk_nor_a_mapping_is_refused(
    rag: RagServer, chunk_api: ChunkApi
) -> None:
    with pytest.raises(ValidationError, match="ChunkReqPayload"):
        ingest_chunks(chunk_api, "dataset", [*chunks(3), 7])
    assert rag.batch_sizes == []


def every_field() -> dict[str, Any]:
    """A chunk giving every field of ChunkReqPayload, some in forms validation rewrites."""
    return {
        "chunk_html": "<p>all</p>",
        "convert_html_to_text": False,
        "fulltext_boost": {"phrase": "fern", "boost_factor": 2},
        "group_ids": [uuid.UUID(int=1), "0000000A-0000-4000-8000-00000000000B"],
        "group_tracking_ids": ("g1", "g2"),
        "image_urls": [],
        "link": "https://example.com/é",
        "location": MappingProxyType({"lat": 1, "lon": -2.5}),
        "metadata": {"when": datetime.date(2024, 1, 2), "list": (1, None, "x")},
        "num_value": 3,
        "semantic_boost": {"phrase": "spore", "distance_factor": 0.5},
        "semantic_content": "all",
        "split_avg": None,
        "tag_set": ["a", "b"],
        "time_stamp": "2024-01-01T00:00:00",
        "tracking_id": "every",
        "upsert_by_tracking_id": True,
        "weight": 1.5,
    }


@pytest.mark.parametrize(
    "items",
    [
        [every_field(), {"chunk_html": "few"}, {}],
        [{"location": models.GeoInfo(lat=1.0, lon=2)}, {"chunk_html": "a model inside"}],
        [models.ChunkReqPayload(chunk_html="a model"), {"tag_set": []}],
    ],
)
@pytest.mark.parametrize("threads", [1, 4])
def test_a_batch_is_sent_as_its_chunks_models_would_send_it(
    rag: RagServer, chunk_api: ChunkApi, items: list[Any], threads: int
) -> None:
    summary = ingest_chunks(chunk_api, "dataset", items, threads=threads)
    assert summary.accepted == len(items)
    expected = [json.loads(models.ChunkReqPayload.model_validate(c).to_json()) for c in items]
    # Compared as text, so that the order of the keys counts too.
    assert json.dumps(rag.requests[-1][2]) == json.dumps(expected)


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        (
            {"fulltext_boost": {"phrse": "x", "boost_factor": 1}},
            "FullTextBoost has no field 'phrse'",
        ),
        ({"location": {"lat": 1.0, "lon": 2.0, "alt": 3}}, "GeoInfo has no field 'alt'"),
        ({"metadata": {"score": math.inf}}, "metadata"),
        ({"location": {"lat": math.nan, "lon": 2.0}}, "location.lat"),
        ({"group_ids": ["not-a-uuid"]}, "group_ids.0"),
        ({"chunk_html": "\ud800"}, "chunk_html"),
    ],
)
@pytest.mark.parametrize("threads", [1, 4])
def test_a_bad_value_at_any_depth_stops_the_ingest_before_its_batch_is_sent(
    rag: RagServer, chunk_api: ChunkApi, bad: dict[str, Any], says: str, threads: int
) -> None:
    items = [*chunks(125), bad, *chunks(5000)]
    with pytest.raises(ValidationError, match="ChunkReqPayload") as raised:
        ingest_chunks(chunk_api, "dataset", items, threads=threads)
    assert says in str(raised.value)
    assert all(bad not in body for _, _, body in rag.requests)
    # The batches under way finish; no thread takes another.
    assert sum(rag.batch_sizes) <= 120 * 2 * threads


@pytest.mark.parametrize("threads", [1, 4])
def test_an_error_of_the_iterable_is_raised_once_the_batches_under_way_are_done(
    rag: RagServer, chunk_api: ChunkApi, threads: int
) -> None:
    def broken() -> Iterator[dict[str, Any]]:
        yield from chunks(250)
        raise LookupError("the source failed")

    with pytest.raises(LookupError, match="the source failed"):
        ingest_chunks(chunk_api, "dataset", broken(), threads=threads)
    assert sorted(rag.batch_sizes) == [120, 120]


def test_groups_are_sent_in_batches_as_their_models_would_send_them(
    rag: RagServer, chunk_api: ChunkApi
) -> None:
    group_api = ChunkGroupApi(chunk_api.api_client)
    groups = [{"name": f"g{n}", "tag_set": ("t",), "metadata": {"n": n}} for n in range(1500)]
    summary = ingest_groups(group_api, "dataset", iter(groups), threads=2)
    assert (summary.sent, summary.accepted, summary.batches) == (1500, 1500, 2)
    sent = [r[2] for r in rag.requests if r[1] == "/api/chunk_group"]
    assert sorted(map(len, sent)) == [500, 1000]
    model = models.CreateSingleChunkGroupReqPayload
    expected = [json.loads(model.model_validate(g).to_json()) for g in groups]
    assert sorted(json.dumps(g) for b in sent for g in b) == sorted(map(json.dumps, expected))
    with pytest.raises(
        ValidationError, match="CreateSingleChunkGroupReqPayload has no field 'nme'"
    ):
        ingest_groups(group_api, "dataset", [{"nme": "x"}])
    assert ingest_groups(group_api, "dataset", groups[:3], _request_timeout=5).accepted == 3
