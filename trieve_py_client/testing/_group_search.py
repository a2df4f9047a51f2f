"""Search within a group and over groups, ranked by BM25 as `_search` ranks chunks.

From server/src/handlers/group_handler.rs (devflowinc/trieve): `search_within_group` needs a
`group_id` or a `group_tracking_id`; `search_over_groups` ranks groups by their best chunk and
answers each with its best `group_size` (3) chunks; V1 and V2 keep their shapes.
"""

from __future__ import annotations

import uuid
from typing import Any

from ._chunks import api_version
from ._ctx import Answer, Ctx, RouteTable, page_count
from ._groups import find_group
from ._search import answer, paging, rank, scored


def search_within_group(ctx: Ctx) -> tuple[int, object]:
    ctx.user()
    data = ctx.json()
    if data.get("group_id") is not None:
        group = find_group(ctx, "id", str(uuid.UUID(data["group_id"])))
    elif data.get("group_tracking_id") is not None:
        group = find_group(ctx, "tracking_id", data["group_tracking_id"])
    else:
        raise Answer(400, "You must provide either group_id or group_tracking_id")
    size, offset = paging(data)
    member = (
        "c.id IN (SELECT chunk_id FROM chunk_group_members WHERE group_id = ?)",
        (group["id"],),
    )
    found, total = rank(ctx, data, extra=member, limit=size, offset=offset)
    pages = page_count(total, size)
    version = api_version(ctx)
    if version == "V2":
        return 200, answer(found, data, version, pages)
    return 200, {
        "bookmarks": scored(found, data, version),
        "group": {**group, "file_id": None},
        "total_pages": pages,
        "corrected_query": None,
    }


def search_over_groups(ctx: Ctx) -> tuple[int, object]:
    """Groups ranked by their best chunk; each with its best `group_size` (3) chunks."""
    ctx.user()
    data = ctx.json()
    size, offset = paging(data)
    group_size = 3 if data.get("group_size") is None else data["group_size"]
    in_group = ("c.id IN (SELECT chunk_id FROM chunk_group_members)", ())
    found, _ = rank(ctx, data, extra=in_group)
    by_group: dict[str, list[tuple[tuple[Any, ...], float]]] = {}
    for row, score in found:
        for (group_id,) in ctx.store.sql(
            "SELECT group_id FROM chunk_group_members WHERE chunk_id = ? ORDER BY seq", (row[0],)
        ):
            by_group.setdefault(group_id, []).append((row, score))
    page = list(by_group.items())[offset : offset + size]
    version = api_version(ctx)
    results = []
    for group_id, hits in page:
        group = find_group(ctx, "id", group_id)
        chunks = scored(hits[:group_size], data, version)
        if version == "V2":
            results.append({"group": group, "chunks": chunks, "file_id": None})
        else:
            results.append(
                {**{f"group_{k}": v for k, v in group.items()}, "file_id": None, "metadata": chunks}
            )
    pages = page_count(len(by_group), size) if data.get("get_total_pages") else 0
    if version == "V2":
        return 200, {
            "id": str(uuid.uuid4()),
            "results": results,
            "total_pages": pages,
            "corrected_query": None,
        }
    return 200, {"group_chunks": results, "total_chunk_pages": pages, "corrected_query": None}


ROUTES: RouteTable = (
    ("POST", "/api/chunk_group/group_oriented_search", search_over_groups),
    ("POST", "/api/chunk_group/search", search_within_group),
)
