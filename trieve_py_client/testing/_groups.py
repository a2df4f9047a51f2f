"""Chunk groups: create (one, or a batch of up to 1,000), add and remove chunks, list a
group's chunks by page, delete with or without its chunks (searches: `_group_search`).

From server/src/handlers/group_handler.rs (devflowinc/trieve): creating needs an admin,
reading a signed-in user; `delete_chunk_group` takes `delete_chunks` from the query string.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from ._chunks import fetch, shaped
from ._content import CHUNK_COLUMNS
from ._ctx import ADMIN, Answer, Ctx, RouteTable, int_param, page_count, uuid_param
from ._timestamps import now

GROUP_BATCH_LIMIT = 1000
_COLUMNS = (
    "id, dataset_id, name, description, tracking_id, tag_set, metadata, created_at, updated_at"
)
_PAGE = 10


def _group(row: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "id": row[0],
        "dataset_id": row[1],
        "name": row[2],
        "description": row[3],
        "tracking_id": row[4],
        "tag_set": None if row[5] is None else json.loads(row[5]),
        "metadata": None if row[6] is None else json.loads(row[6]),
        "created_at": row[7],
        "updated_at": row[8],
    }


def find_group(ctx: Ctx, column: str, key: str) -> dict[str, Any]:
    rows = ctx.store.sql(
        f"SELECT {_COLUMNS} FROM chunk_groups WHERE dataset_id = ? AND {column} = ?",
        (ctx.dataset(), key),
    )
    if not rows:
        raise Answer(404, "Group not found")
    return _group(rows[0])


def create_group(ctx: Ctx, data: dict[str, Any]) -> str:
    dataset_id, stamp = ctx.dataset(), now()
    tracking_id = data.get("tracking_id") or None
    if tracking_id is not None:
        existing = ctx.store.sql(
            "SELECT id FROM chunk_groups WHERE dataset_id = ? AND tracking_id = ?",
            (dataset_id, tracking_id),
        )
        if existing:
            if not data.get("upsert_by_tracking_id"):
                raise Answer(400, "Group with this tracking_id already exists")
            ctx.store.sql(
                "UPDATE chunk_groups SET name = ?, description = ?, tag_set = ?, metadata = ?, "
                "updated_at = ? WHERE id = ?",
                (
                    data.get("name") or "",
                    data.get("description") or "",
                    _dump(data.get("tag_set")),
                    _dump(data.get("metadata")),
                    stamp,
                    existing[0][0],
                ),
            )
            return str(existing[0][0])
    group_id = str(uuid.uuid4())
    ctx.store.sql(
        f"INSERT INTO chunk_groups ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            group_id,
            dataset_id,
            data.get("name") or "",
            data.get("description") or "",
            tracking_id,
            _dump(data.get("tag_set")),
            _dump(data.get("metadata")),
            stamp,
            stamp,
        ),
    )
    return group_id


def _dump(value: object) -> str | None:
    return None if value is None else json.dumps(value)


def create_chunk_group(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    single = isinstance(data, dict)
    groups: list[dict[str, Any]] = [data] if single else data
    if len(groups) > GROUP_BATCH_LIMIT:
        return 413, {"message": "Cannot create more than 1000 groups at a time"}
    with ctx.store.transaction():
        ids = [create_group(ctx, group) for group in groups]
    made = [find_group(ctx, "id", group_id) for group_id in ids]
    return 200, made[0] if single else made


def get_chunk_group(ctx: Ctx) -> tuple[int, object]:
    group_id = uuid_param(ctx, "group_id")
    ctx.user()
    return 200, {**find_group(ctx, "id", group_id), "file_id": None}


def get_group_by_tracking_id(ctx: Ctx) -> tuple[int, object]:
    ctx.user()
    return 200, {**find_group(ctx, "tracking_id", ctx.params["tracking_id"]), "file_id": None}


def _chunk_of(ctx: Ctx, data: dict[str, Any]) -> str:
    if data.get("chunk_id") is not None:
        rows = fetch(ctx, "c.id = ?", (str(uuid.UUID(data["chunk_id"])),))
    elif data.get("chunk_tracking_id") is not None:
        rows = fetch(ctx, "c.tracking_id = ?", (data["chunk_tracking_id"],))
    else:
        raise Answer(400, "Either chunk_id or chunk_tracking_id must be provided")
    if not rows:
        raise Answer(404, "Chunk not found")
    return str(rows[0][0])


def _add(ctx: Ctx, group: dict[str, Any]) -> tuple[int, object]:
    chunk_id = _chunk_of(ctx, ctx.json())
    ctx.store.sql(
        "INSERT OR IGNORE INTO chunk_group_members (group_id, chunk_id) VALUES (?, ?)",
        (group["id"], chunk_id),
    )
    return 204, None


def add_chunk_to_group(ctx: Ctx) -> tuple[int, object]:
    group_id = uuid_param(ctx, "group_id")
    ctx.role(ADMIN)
    return _add(ctx, find_group(ctx, "id", group_id))


def add_chunk_to_group_by_tracking_id(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    return _add(ctx, find_group(ctx, "tracking_id", ctx.params["tracking_id"]))


def remove_chunk_from_group(ctx: Ctx) -> tuple[int, object]:
    group_id = uuid_param(ctx, "group_id")
    ctx.role(ADMIN)
    group = find_group(ctx, "id", group_id)
    data = ctx.json() or {}
    chunk = data.get("chunk_id") or ctx.query.get("chunk_id")
    if chunk is None:
        raise Answer(400, "Either chunk_id must be provided in the body or query")
    ctx.store.sql(
        "DELETE FROM chunk_group_members WHERE group_id = ? AND chunk_id = ?",
        (group["id"], str(uuid.UUID(chunk))),
    )
    return 204, None


def _members(ctx: Ctx, group: dict[str, Any], page: int) -> tuple[int, object]:
    page = max(page, 1)
    rows = ctx.store.sql(
        f"SELECT {', '.join('c.' + c.strip() for c in CHUNK_COLUMNS.split(','))} "
        "FROM chunk_group_members m JOIN chunks c ON c.id = m.chunk_id "
        "WHERE m.group_id = ? ORDER BY m.seq LIMIT ? OFFSET ?",
        (group["id"], _PAGE, (page - 1) * _PAGE),
    )
    total = ctx.store.sql(
        "SELECT COUNT(*) FROM chunk_group_members WHERE group_id = ?", (group["id"],)
    )[0][0]
    return 200, {
        "group": {**group, "file_id": None},
        "chunks": [shaped(ctx, row) for row in rows],
        "total_pages": page_count(total, _PAGE),
    }


def get_chunks_in_group(ctx: Ctx) -> tuple[int, object]:
    group_id = uuid_param(ctx, "group_id")
    ctx.user()
    return _members(ctx, find_group(ctx, "id", group_id), int_param(ctx, "page"))


def get_chunks_in_group_by_tracking_id(ctx: Ctx) -> tuple[int, object]:
    ctx.user()
    group = find_group(ctx, "tracking_id", ctx.params["group_tracking_id"])
    return _members(ctx, group, int_param(ctx, "page"))


def _delete(ctx: Ctx, group: dict[str, Any]) -> tuple[int, object]:
    with_chunks = ctx.query.get("delete_chunks", "false").lower() == "true"
    with ctx.store.transaction():
        if with_chunks:
            ctx.store.sql(
                "DELETE FROM chunks WHERE id IN "
                "(SELECT chunk_id FROM chunk_group_members WHERE group_id = ?)",
                (group["id"],),
            )
        ctx.store.sql("DELETE FROM chunk_group_members WHERE group_id = ?", (group["id"],))
        ctx.store.sql("DELETE FROM chunk_groups WHERE id = ?", (group["id"],))
    return 204, None


def delete_chunk_group(ctx: Ctx) -> tuple[int, object]:
    group_id = uuid_param(ctx, "group_id")
    ctx.role(ADMIN)
    return _delete(ctx, find_group(ctx, "id", group_id))


def delete_group_by_tracking_id(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    return _delete(ctx, find_group(ctx, "tracking_id", ctx.params["tracking_id"]))


def get_groups_for_dataset(ctx: Ctx) -> tuple[int, object]:
    dataset_id = uuid_param(ctx, "dataset_id")
    ctx.user()
    page = max(int_param(ctx, "page"), 1)
    rows = ctx.store.sql(
        f"SELECT {_COLUMNS} FROM chunk_groups WHERE dataset_id = ? ORDER BY seq LIMIT ? OFFSET ?",
        (dataset_id, _PAGE, (page - 1) * _PAGE),
    )
    total = ctx.store.sql("SELECT COUNT(*) FROM chunk_groups WHERE dataset_id = ?", (dataset_id,))[
        0
    ][0]
    return 200, {
        "groups": [{**_group(row), "file_id": None} for row in rows],
        "total_pages": page_count(total, _PAGE),
    }


ROUTES: RouteTable = (
    ("POST", "/api/chunk_group", create_chunk_group),
    ("POST", "/api/chunk_group/chunk/{group_id}", add_chunk_to_group),
    ("DELETE", "/api/chunk_group/chunk/{group_id}", remove_chunk_from_group),
    (
        "GET",
        "/api/chunk_group/tracking_id/{group_tracking_id}/{page}",
        get_chunks_in_group_by_tracking_id,
    ),
    ("GET", "/api/chunk_group/tracking_id/{tracking_id}", get_group_by_tracking_id),
    ("POST", "/api/chunk_group/tracking_id/{tracking_id}", add_chunk_to_group_by_tracking_id),
    ("DELETE", "/api/chunk_group/tracking_id/{tracking_id}", delete_group_by_tracking_id),
    ("GET", "/api/chunk_group/{group_id}", get_chunk_group),
    ("DELETE", "/api/chunk_group/{group_id}", delete_chunk_group),
    ("GET", "/api/chunk_group/{group_id}/{page}", get_chunks_in_group),
    ("GET", "/api/dataset/groups/{dataset_id}/{page}", get_groups_for_dataset),
)
