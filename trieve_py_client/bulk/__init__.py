"""Bulk ingest: chunks and groups from any iterable, in batches the server takes, and a file
upload from a path.

The limits are the server's (devflowinc/trieve server/src/handlers/chunk_handler.rs,
`create_chunk`: more than 120 chunks gets 413 "Too many chunks provided in bulk";
chunk_group_handler.rs takes at most 1,000 groups a request). The iterable is read a batch at
a time by the thread that sends it, with at most one batch per thread in memory, so a
generator of millions of chunks never is held whole. Everything goes through the public API: ``ApiClient.send`` of
``create_chunk``'s or ``create_chunk_group``'s operation with the batch's JSON (checked as the
models would check it, ``_batches``), the generated methods when per-call options are given,
and ``FileApi.upload_file_handler``.
"""

from __future__ import annotations

import base64
import importlib
import itertools
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from trieve_py_client import models
from trieve_py_client.api.chunk_api import ChunkApi
from trieve_py_client.api.chunk_group_api import ChunkGroupApi
from trieve_py_client.api.file_api import FileApi
from trieve_py_client.bulk._batches import batch_json, send_batch, validated
from trieve_py_client.bulk._summary import (
    FailedBatch,
    IngestInterrupted,
    IngestSummary,
    InterruptedBatch,
)
from trieve_py_client.exceptions import (
    ApiException,
    ApiTransportError,
    ApiValueError,
    ServiceException,
    TooManyRequestsException,
)

__all__ = [
    "CHUNK_BATCH_LIMIT",
    "GROUP_BATCH_LIMIT",
    "FailedBatch",
    "IngestInterrupted",
    "IngestSummary",
    "InterruptedBatch",
    "Progress",
    "ingest_chunks",
    "ingest_groups",
    "upload_file",
]

CREATE_CHUNK = ChunkApi.create_chunk.operation
CREATE_CHUNK_GROUP = ChunkGroupApi.create_chunk_group.operation
CHUNK_BATCH_LIMIT = 120
GROUP_BATCH_LIMIT = 1000
_RESENDS = 3  # attempts of a batch that may be sent again, beyond the client's own retries


Progress = Callable[[IngestSummary], None]


def ingest_chunks(
    chunk_api: ChunkApi,
    tr_dataset: str,
    chunks: Iterable[models.ChunkReqPayload | Mapping[str, Any]],
    *,
    batch_size: int = CHUNK_BATCH_LIMIT,
    threads: int = 1,
    progress: bool | Progress = False,
    **options: Any,
) -> IngestSummary:
    """Create ``chunks`` (models or dicts) in batches of ``batch_size`` (120 at most), over
    ``threads`` threads sharing the client. A batch whose chunks all have a ``tracking_id``
    and ``upsert_by_tracking_id`` is sent again when its outcome is unknown; any other is sent
    once. ``progress=True`` shows a tqdm bar when tqdm is installed; a function is called with
    the summary after every batch."""

    def send(batch: list[Any]) -> int:
        if options or not isinstance(tr_dataset, str):  # the generated method checks these
            payload = validated(models.ChunkReqPayload, batch)
            answer = chunk_api.create_chunk(
                tr_dataset, models.CreateChunkReqPayloadEnum(payload), **options
            )
            queued = getattr(answer.actual_instance, "chunk_metadata", None)
            return len(queued) if isinstance(queued, list) else len(batch)
        body = batch_json(models.ChunkReqPayload, batch)
        return send_batch(chunk_api, CREATE_CHUNK, tr_dataset, body, len(batch))

    return _ingest(send, chunks, _limit(batch_size, CHUNK_BATCH_LIMIT), threads, progress)


def ingest_groups(
    group_api: ChunkGroupApi,
    tr_dataset: str,
    groups: Iterable[models.CreateSingleChunkGroupReqPayload | Mapping[str, Any]],
    *,
    batch_size: int = GROUP_BATCH_LIMIT,
    threads: int = 1,
    progress: bool | Progress = False,
    **options: Any,
) -> IngestSummary:
    """Create ``groups`` in batches of ``batch_size`` (1,000 at most), as ``ingest_chunks``
    creates chunks, with the same rule for sending a batch again."""

    def send(batch: list[Any]) -> int:
        model = models.CreateSingleChunkGroupReqPayload
        if options or not isinstance(tr_dataset, str):  # the generated method checks these
            payload = models.CreateChunkGroupReqPayloadEnum(validated(model, batch))
            made = group_api.create_chunk_group(tr_dataset, payload, **options).actual_instance
            return len(made) if isinstance(made, list) else len(batch)
        body = batch_json(model, batch)
        return send_batch(group_api, CREATE_CHUNK_GROUP, tr_dataset, body, len(batch))

    return _ingest(send, groups, _limit(batch_size, GROUP_BATCH_LIMIT), threads, progress)


def upload_file(
    file_api: FileApi, tr_dataset: str, path: str | Path, **fields: Any
) -> models.UploadFileResult:
    """Upload the file at ``path``, named by its file name unless ``file_name`` is given.
    The 0.11.8 server decodes ``base64_file`` as URL-safe base64 without padding and refuses
    standard base64 (server/src/handlers/file_handler.rs, `upload_file_handler`:
    `GeneralPurpose::new(&alphabet::URL_SAFE, general_purpose::NO_PAD)`), so it is sent so."""
    source = Path(path)
    if not source.is_file():
        raise ApiValueError(f"path: {str(source)!r} is not a file")
    encoded = base64.urlsafe_b64encode(source.read_bytes()).rstrip(b"=").decode("ascii")
    fields.setdefault("file_name", source.name)
    payload = models.UploadFileReqPayload(base64_file=encoded, **fields)
    return file_api.upload_file_handler(tr_dataset, payload)


def _limit(batch_size: int, most: int) -> int:
    if (
        isinstance(batch_size, bool)
        or not isinstance(batch_size, int)
        or not 1 <= batch_size <= most
    ):
        raise ApiValueError(f"batch_size must be from 1 to {most}; got {batch_size!r}")
    return batch_size


def _resendable(batch: list[Any]) -> bool:
    """A batch that upserts by tracking id on every item: sent twice, it is stored once."""
    for item in batch:
        get = item.get if isinstance(item, Mapping) else lambda name, i=item: getattr(i, name, None)
        if not get("tracking_id") or get("upsert_by_tracking_id") is not True:
            return False
    return True


def _worth_resending(error: ApiException) -> bool:
    return error.outcome_unknown or isinstance(
        error, (ApiTransportError, TooManyRequestsException, ServiceException)
    )


class _Run:
    """One ingest's state, shared by its threads."""

    def __init__(self, send: Callable[[list[Any]], int], progress: bool | Progress) -> None:
        self.send = send
        self.summary = IngestSummary()
        self.lock = threading.Lock()
        self.bar: Any = None
        self.report: Progress | None = progress if callable(progress) else None
        if progress is True:
            try:  # the optional extra `progress`
                tqdm = importlib.import_module("tqdm")
            except ImportError:
                pass
            else:
                self.bar = tqdm.tqdm(unit="item", desc="ingest")

    def batch(self, number: int, first: int, batch: list[Any]) -> None:
        attempts = _RESENDS if _resendable(batch) else 1
        for attempt in range(1, attempts + 1):
            try:
                accepted = self.send(batch)
            except ApiException as exc:
                if attempt < attempts and _worth_resending(exc):
                    continue
                self._done(len(batch), 0, FailedBatch(number, first, len(batch), exc))
                return
            except KeyboardInterrupt:
                reason = "Ctrl-C came while the batch was being sent; it may have been stored"
                stopped = FailedBatch(number, first, len(batch), InterruptedBatch(reason=reason))
                self._done(len(batch), 0, stopped)
                raise
            self._done(len(batch), accepted, None)
            return

    def _done(self, size: int, accepted: int, failure: FailedBatch | None) -> None:
        with self.lock:
            summary = self.summary
            summary.sent += size
            summary.accepted += accepted
            summary.batches += 1
            if failure is not None:
                unknown = failure.error.outcome_unknown
                (summary.unknown if unknown else summary.failed).append(failure)
            if self.bar is not None:
                self.bar.update(size)
            if self.report is not None:
                self.report(summary)


class _Feed:
    """The iterable's batches, each taken by one thread under a lock, so that a thread takes
    its next batch when it is free (no thread hands batches out) and at most one batch per
    thread is in memory. The first exception of any thread stops the feed."""

    def __init__(self, items: Iterable[Any], batch_size: int) -> None:
        self.source = iter(items)
        self.batch_size = batch_size
        self.lock = threading.Lock()
        self.number = self.first = 0
        self.stopped = False
        self.error: BaseException | None = None

    def take(self) -> tuple[int, int, list[Any]] | None:
        with self.lock:
            if self.stopped:
                return None
            batch = list(itertools.islice(self.source, self.batch_size))
            if not batch:
                self.stopped = True
                return None
            taken = (self.number, self.first, batch)
            self.number += 1
            self.first += len(batch)
            return taken

    def stop(self, error: BaseException | None = None) -> None:
        self.stopped = True
        if self.error is None:
            self.error = error

    def work(self, run: _Run) -> None:
        try:
            while (taken := self.take()) is not None:
                run.batch(*taken)
        except BaseException as exc:  # an argument refused, the iterable's own, Ctrl-C
            self.stop(exc)


def _ingest(
    send: Callable[[list[Any]], int],
    items: Iterable[Any],
    batch_size: int,
    threads: int,
    progress: bool | Progress,
) -> IngestSummary:
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ApiValueError(f"threads must be a positive number; got {threads!r}")
    run = _Run(send, progress)
    feed = _Feed(items, batch_size)
    try:
        if threads == 1:
            feed.work(run)
        else:
            with ThreadPoolExecutor(threads, thread_name_prefix="trieve-ingest") as pool:
                workers = [pool.submit(feed.work, run) for _ in range(threads)]
                try:
                    wait(workers)
                finally:
                    feed.stop()  # Ctrl-C: no other batch is taken; those under way finish
        if feed.error is not None:
            raise feed.error
        return run.summary
    except KeyboardInterrupt:
        run.summary.interrupted = True
        raise IngestInterrupted(run.summary) from None
    finally:
        if run.bar is not None:
            run.bar.close()
