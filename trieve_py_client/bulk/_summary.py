"""What an ingest reports: its summary, the batches that failed or whose outcome is unknown,
and the exception Ctrl-C becomes."""

from __future__ import annotations

from dataclasses import dataclass, field

from trieve_py_client.exceptions import ApiException


@dataclass(frozen=True)
class FailedBatch:
    """A batch that was not (or may not have been) taken: its number, the position of its
    first item in the iterable, its size, and the exception its last attempt raised."""

    batch: int
    first: int
    size: int
    error: ApiException


@dataclass
class IngestSummary:
    """What an ingest did. ``failed`` holds the batches the server refused (nothing of them
    was stored); ``unknown`` those whose outcome is unknown (a write that may have been
    stored): they were sent once and are never sent again on a guess."""

    sent: int = 0
    accepted: int = 0
    batches: int = 0
    failed: list[FailedBatch] = field(default_factory=list)
    unknown: list[FailedBatch] = field(default_factory=list)
    interrupted: bool = False

    def __str__(self) -> str:
        text = (
            f"{self.sent} sent, {self.accepted} accepted in {self.batches} batches; "
            f"{len(self.failed)} batches failed, {len(self.unknown)} of unknown outcome"
        )
        return f"interrupted: {text}" if self.interrupted else text


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped an ingest: no batch was sent after it. With threads, the batches under
    way were finished; in the caller's own thread (``threads=1``), the batch being sent was
    stopped and is reported of unknown outcome. ``summary`` says how far it got."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__(str(summary))
        self.summary = summary


class InterruptedBatch(ApiException):
    """The error of a batch stopped by Ctrl-C while it was being sent: the server may have
    stored it."""

    outcome_unknown = True
