"""ChunkFilter as an SQL condition on the chunk alias `c`.

Combined as server/src/operators/qdrant_operator.rs / search_operator.rs
(`assemble_qdrant_filter`) combine them into a qdrant Filter: every `must` condition holds,
at least one `should` condition holds (when there are any), no `must_not` condition holds.
A field condition with `match_any` and `match_all` uses `match_any`. On `metadata.<key>`, a
value matches as `metadata @> {"key": value}` does (`get_metadata_filter_condition`): the
key's value equals it, or is an array containing it. On `tag_set`, a tag equals it.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from ._ctx import Answer
from ._timestamps import format_timestamp

_RANGE_OPS = (("gt", ">"), ("gte", ">="), ("lt", "<"), ("lte", "<="))


def parse_time(text: str) -> str:
    """A time stamp as the server stores it (naive, UTC); its 400 for anything else."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise Answer(400, "Invalid timestamp format") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return format_timestamp(moment)


def _path(field: str) -> str:
    key = field.removeprefix("metadata.")
    return "$." + json.dumps(key)


def _source(field: str) -> tuple[str, tuple[object, ...]]:
    """The SQL rows a value is matched against (json_each yields a scalar itself once)."""
    if field == "tag_set":
        return "json_each(c.tag_set)", ()
    if field.startswith("metadata."):
        return "json_each(c.metadata, ?)", (_path(field),)
    column = {"link": "c.link", "tracking_id": "c.tracking_id", "num_value": "c.num_value"}.get(
        field, "NULL"
    )
    return f"(SELECT {column} AS value)", ()


def _match(field: str, values: list[Any], every: bool) -> tuple[str, tuple[object, ...]]:
    source, params = _source(field)
    parts = [f"EXISTS (SELECT 1 FROM {source} WHERE value = ?)" for _ in values]
    args: tuple[object, ...] = ()
    for value in values:
        args = (*args, *params, value)
    joiner = " AND " if every else " OR "
    return "(" + (joiner.join(parts) or "1") + ")", args


def _range(field: str, bounds: dict[str, Any], dates: bool) -> tuple[str, tuple[object, ...]]:
    params: tuple[object, ...] = ()
    if field == "num_value":
        column = "c.num_value"
    elif field == "time_stamp":
        column = "c.time_stamp"
    elif field.startswith("metadata."):
        cast = "TEXT" if dates else "REAL"
        column, params = f"CAST(json_extract(c.metadata, ?) AS {cast})", (_path(field),)
    else:
        column = "NULL"
    parts: list[str] = []
    args: tuple[object, ...] = ()
    for key, op in _RANGE_OPS:
        bound = bounds.get(key)
        if bound is not None:
            if dates:
                bound = parse_time(str(bound))
            parts.append(f"{column} {op} ?")
            args = (*args, *params, bound)
    return "(" + (" AND ".join(parts) or "1") + ")", args


def condition(cond: dict[str, Any]) -> tuple[str, tuple[object, ...]]:
    """One ConditionType: a FieldCondition or a HasIDCondition."""
    if "field" not in cond:
        parts, args = [], ()  # type: tuple[list[str], tuple[object, ...]]
        if cond.get("ids") is not None:
            parts.append("c.id IN (SELECT value FROM json_each(?))")
            args = (*args, json.dumps(cond["ids"]))
        if cond.get("tracking_ids") is not None:
            parts.append("c.tracking_id IN (SELECT value FROM json_each(?))")
            args = (*args, json.dumps(cond["tracking_ids"]))
        return "(" + (" OR ".join(parts) or "1") + ")", args
    field = cond["field"]
    if cond.get("match_any") is not None:
        return _match(field, cond["match_any"], every=False)
    if cond.get("match_all") is not None:
        return _match(field, cond["match_all"], every=True)
    if cond.get("range") is not None:
        return _range(field, cond["range"], dates=False)
    if cond.get("date_range") is not None:
        return _range(field, cond["date_range"], dates=True)
    return "1", ()


def where_clause(filters: dict[str, Any] | None) -> tuple[str, tuple[object, ...]]:
    """The whole ChunkFilter as one condition (true without a filter)."""
    if not filters:
        return "1", ()
    parts: list[str] = []
    args: tuple[object, ...] = ()
    for cond in filters.get("must") or ():
        sql, params = condition(cond)
        parts.append(sql)
        args = (*args, *params)
    should = [condition(cond) for cond in filters.get("should") or ()]
    if should:
        parts.append("(" + " OR ".join(sql for sql, _ in should) + ")")
        for _, params in should:
            args = (*args, *params)
    for cond in filters.get("must_not") or ():
        sql, params = condition(cond)
        parts.append(f"NOT {sql}")
        args = (*args, *params)
    return " AND ".join(parts) or "1", args
