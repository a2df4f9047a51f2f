"""Timestamps as the real server prints them: UTC without a zone, PostgreSQL's precision."""

from __future__ import annotations

from datetime import datetime, timezone


def format_timestamp(moment: datetime) -> str:
    """UTC without a zone, as the real server prints PostgreSQL's microseconds: 0, 3 or 6
    fraction digits, whichever is enough (2024-05-01T10:00:00, ...:00.120, ...:00.123456)."""
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    micros = moment.microsecond
    if micros == 0:
        return text
    if micros % 1000 == 0:
        return f"{text}.{micros // 1000:03d}"
    return f"{text}.{micros:06d}"


def now() -> str:
    """The current UTC time as the real server prints it."""
    return format_timestamp(datetime.now(timezone.utc).replace(tzinfo=None))
