"""Search analytics from the searches made on the local server.

The real server writes one event per search to ClickHouse (`search_queries`) and its
analytics routes query them; here each search answered 200 is kept in the store, and
`get_search_analytics` answers its search-event types from them: `search_queries`,
`head_queries`, `no_result_queries`, `low_confidence_queries`, `count_queries`,
`search_metrics` and `query_details`. Pages hold 10 events, as the real queries' LIMIT 10.
Latency is reported as 0: the local server measures none.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from ._auth import Caller, header
from ._store import Store
from ._timestamps import format_timestamp
from ._validate import parse_uuid

# The operations that record an event, and the search_type the event reports.
SEARCHES = {
    "search_chunks": "search",
    "autocomplete": "autocomplete",
    "search_over_groups": "search_over_groups",
    "search_within_group": "search_within_groups",
}
PAGE_SIZE = 10
_RESULT_LISTS = ("chunks", "score_chunks", "results", "group_chunks")


def _results(payload: object) -> list[Any]:
    if isinstance(payload, dict):
        for key in _RESULT_LISTS:
            found = payload.get(key)
            if isinstance(found, list):
                return found
    return []


def _top_score(results: list[Any]) -> float:
    scores = [r["score"] for r in results if isinstance(r, dict) and "score" in r]
    numbers = [float(s) for s in scores if isinstance(s, (int, float))]
    return max(numbers, default=0.0)


def record_search(
    store: Store,
    operation_id: str,
    caller: Caller | None,
    headers: tuple[tuple[str, str], ...],
    body: bytes,
    status: int,
    payload: object,
) -> None:
    """Keep the search a request made, when it is one and was answered 200."""
    kind = SEARCHES.get(operation_id)
    dataset = parse_uuid(header(headers, "TR-Dataset") or "")
    if kind is None or status != 200 or dataset is None:
        return
    params = json.loads(body or b"null")
    if not isinstance(params, dict):
        return
    query = params.get("query")
    results = _results(payload)
    store.record_search(
        dataset,
        {
            "id": str(uuid.uuid4()),
            "search_type": kind,
            "search_method": str(params.get("search_type", "")),
            "query": query if isinstance(query, str) else json.dumps(query),
            "request_params": params,
            "latency": 0.0,
            "top_score": _top_score(results),
            "results": results,
            "dataset_id": dataset,
            "created_at": format_timestamp(datetime.now(timezone.utc).replace(tzinfo=None)),
            "query_rating": "",
            "user_id": "" if caller is None else caller.user_id,
        },
    )


def _page(events: list[dict[str, Any]], request: dict[str, Any]) -> list[dict[str, Any]]:
    page = request.get("page") or 1
    start = (max(int(page), 1) - 1) * PAGE_SIZE
    return events[start : start + PAGE_SIZE]


def _public(event: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in event.items() if key != "search_method"}


def search_analytics(store: Store, dataset: str | None, request: object) -> object | None:
    """The answer of get_search_analytics for the search-event types, else None."""
    if dataset is None or not isinstance(request, dict):
        return None
    events = store.search_events(dataset)
    kind = request.get("type")
    if kind == "search_metrics":
        zero = 0.0
        return {
            "total_queries": len(events),
            "search_rps": zero,
            "avg_latency": zero,
            "p99": zero,
            "p95": zero,
            "p50": zero,
        }
    if kind == "head_queries":
        counts = Counter(event["query"] for event in events).most_common()
        heads = [{"query": query, "count": count} for query, count in counts]
        return {"queries": _page(heads, request)}
    if kind == "count_queries":
        pairs = Counter((e["search_type"], e["search_method"]) for e in events)
        return {
            "total_queries": [
                {"search_type": kind_, "search_method": method, "search_count": count}
                for (kind_, method), count in sorted(pairs.items())
            ]
        }
    if kind == "query_details":
        found = [e for e in events if e["id"] == parse_uuid(str(request.get("search_id")))]
        return _public(found[0]) if found else None
    chosen = _chosen(events, request, kind)
    if chosen is None:
        return None
    return {"queries": [_public(event) for event in _page(chosen, request)]}


def _chosen(
    events: list[dict[str, Any]], request: dict[str, Any], kind: object
) -> list[dict[str, Any]] | None:
    if kind == "no_result_queries":
        return [event for event in events if not event["results"]][::-1]
    if kind == "low_confidence_queries":
        threshold = request.get("threshold")
        kept = [e for e in events if threshold is None or e["top_score"] < threshold]
        return sorted(kept, key=lambda event: event["top_score"])
    if kind == "search_queries":
        key = str(request.get("sort_by") or "created_at")
        return sorted(events, key=lambda e: e[key], reverse=request.get("sort_order") != "asc")
    return None
