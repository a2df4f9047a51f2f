"""Chunks: create (single or batch, with upsert by tracking id), get, update, delete, scroll.

Behaviour from server/src/handlers/chunk_handler.rs (devflowinc/trieve; stored file id
7793747282, a version after 0.11.8's db14a1baf with the same rules): `create_chunk` refuses
more than 120 chunks with 413, drops an empty tracking_id, splits upserts from plain
creates and answers with the chunks it queued; ingestion is synchronous here, so a chunk is
searchable as soon as the answer arrives.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from ._content import CHUNK_COLUMNS, chunk_v1, chunk_v2, html_text
from ._ctx import ADMIN, Answer, Ctx, RouteTable, uuid_param
from ._filters import parse_time, where_clause
from ._timestamps import now

BATCH_LIMIT = 120
TOO_MANY = "Too many chunks provided in bulk. The limit is 120 chunks per bulk upload"


def api_version(ctx: Ctx) -> str:
    """ "V1" or "V2": the X-API-Version header, else the organization's default
    (middleware/api_version.rs, `APIVersion::from_dataset`: organizations created after the
    versioning date get V2; the 0.11.8 spec says after July 12, 2024)."""
    value = (ctx.header("X-API-Version") or "").strip()
    if value in ("V1", "1.0", "1"):
        return "V1"
    if value in ("V2", "2.0", "2"):
        return "V2"
    rows = ctx.store.sql(
        "SELECT o.created_at FROM organizations o JOIN datasets d ON d.organization_id = o.id "
        "WHERE d.id = ?",
        (ctx.dataset(),),
    )
    return "V2" if rows and rows[0][0] > "2024-07-12T23:59:59.999999" else "V1"


def shaped(ctx: Ctx, row: tuple[Any, ...]) -> dict[str, Any]:
    """ChunkReturnTypes: V2's ChunkMetadata or V1's ChunkMetadataStringTagSet."""
    return chunk_v2(row) if api_version(ctx) == "V2" else chunk_v1(row)


def _dump(value: object) -> str | None:
    return None if value is None else json.dumps(value)


def fetch(ctx: Ctx, where: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
    """Chunks of the request's dataset matching a condition on `c`, in storage order."""
    return ctx.store.sql(
        f"SELECT {CHUNK_COLUMNS} FROM chunks c WHERE c.dataset_id = ? AND ({where}) ORDER BY c.seq",
        (ctx.dataset(), *params),
    )


def _one(ctx: Ctx, where: str, params: tuple[object, ...]) -> tuple[Any, ...]:
    rows = fetch(ctx, where, params)
    if not rows:
        # chunk_operator.rs get_metadata_from_id_query / get_metadata_from_tracking_id_query
        # (stored file id 16003939403): ServiceError::NotFound with these texts.
        kind = "tracking_id" if where.startswith("c.tracking_id") else "id"
        raise Answer(404, f"Chunk with {kind} not found in the specified dataset")
    return rows[0]


def write_chunk(ctx: Ctx, dataset_id: str, chunk: dict[str, Any], chunk_id: str) -> None:
    stamp = now()
    values = (
        chunk.get("tracking_id"),
        chunk.get("chunk_html"),
        html_text(chunk.get("chunk_html")),
        chunk.get("link"),
        _dump(chunk.get("tag_set")),
        _dump(chunk.get("metadata")),
        chunk.get("num_value"),
        None if chunk.get("time_stamp") is None else parse_time(chunk["time_stamp"]),
        1.0 if chunk.get("weight") is None else chunk["weight"],
        _dump(chunk.get("image_urls")),
        _dump(chunk.get("location")),
    )
    ctx.store.sql(
        "INSERT INTO chunks (id, dataset_id, tracking_id, chunk_html, body, link, tag_set, "
        "metadata, num_value, time_stamp, weight, image_urls, location, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET tracking_id = excluded.tracking_id, "
        "chunk_html = excluded.chunk_html, body = excluded.body, link = excluded.link, "
        "tag_set = excluded.tag_set, metadata = excluded.metadata, "
        "num_value = excluded.num_value, time_stamp = excluded.time_stamp, "
        "weight = excluded.weight, image_urls = excluded.image_urls, "
        "location = excluded.location, updated_at = excluded.updated_at",
        (chunk_id, dataset_id, *values, stamp, stamp),
    )
    _join_groups(ctx, dataset_id, chunk_id, chunk)


def _join_groups(ctx: Ctx, dataset_id: str, chunk_id: str, chunk: dict[str, Any]) -> None:
    if chunk.get("group_ids") is not None:
        where, keys = "id", [str(uuid.UUID(g)) for g in chunk["group_ids"]]
    elif chunk.get("group_tracking_ids") is not None:
        where, keys = "tracking_id", list(chunk["group_tracking_ids"])
    else:
        return
    for key in keys:
        ctx.store.sql(
            "INSERT OR IGNORE INTO chunk_group_members (group_id, chunk_id) "
            f"SELECT id, ? FROM chunk_groups WHERE dataset_id = ? AND {where} = ?",
            (chunk_id, dataset_id, key),
        )


def create_chunk(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    single = isinstance(data, dict)
    chunks: list[dict[str, Any]] = [data] if single else data
    if len(chunks) > BATCH_LIMIT:
        return 413, {"message": TOO_MANY}
    dataset_id = ctx.dataset()
    for chunk in chunks:
        if chunk.get("tracking_id") == "":
            chunk["tracking_id"] = None
        if chunk.get("time_stamp") is not None:
            parse_time(chunk["time_stamp"])
    # Plain creates first, then upserts, as the handler partitions and queues them.
    ordered = [c for c in chunks if not c.get("upsert_by_tracking_id")] + [
        c for c in chunks if c.get("upsert_by_tracking_id")
    ]
    stored: list[str] = []
    with ctx.store.transaction():
        for chunk in ordered:
            chunk_id = str(uuid.uuid4())
            if chunk.get("tracking_id") is not None:
                existing = ctx.store.sql(
                    "SELECT id FROM chunks WHERE dataset_id = ? AND tracking_id = ?",
                    (dataset_id, chunk["tracking_id"]),
                )
                if existing and not chunk.get("upsert_by_tracking_id"):
                    # The ingestion worker's insert conflicts and the chunk is dropped; the
                    # answer (sent before ingestion on the real server) still lists it.
                    stored.append(existing[0][0])
                    continue
                chunk_id = existing[0][0] if existing else chunk_id
            write_chunk(ctx, dataset_id, chunk, chunk_id)
            stored.append(chunk_id)
    rows = {
        row[0]: chunk_v2(row)
        for row in fetch(ctx, "c.id IN (SELECT value FROM json_each(?))", (json.dumps(stored),))
    }
    metadata = [rows[chunk_id] for chunk_id in dict.fromkeys(stored)]
    if single:
        return 200, {"chunk_metadata": metadata[0], "pos_in_queue": 1}
    return 200, {"chunk_metadata": metadata, "pos_in_queue": 1}


def _update(ctx: Ctx, row: tuple[Any, ...], data: dict[str, Any]) -> tuple[int, object]:
    current = chunk_v2(row)
    merged = dict(current)
    for key in (
        "link",
        "chunk_html",
        "metadata",
        "time_stamp",
        "tag_set",
        "location",
        "image_urls",
        "weight",
        "num_value",
        "group_ids",
        "group_tracking_ids",
    ):
        if data.get(key) is not None:
            merged[key] = data[key]
    if "tracking_id" in data and data["tracking_id"] is not None:
        merged["tracking_id"] = data["tracking_id"] or None
    moved = merged["tracking_id"] not in (current["tracking_id"], None)
    if moved and ctx.store.sql(
        "SELECT 1 FROM chunks WHERE dataset_id = ? AND tracking_id = ? AND id != ?",
        (current["dataset_id"], merged["tracking_id"], current["id"]),
    ):
        raise Answer(400, "Failed to update chunk metadata")
    with ctx.store.transaction():
        write_chunk(ctx, current["dataset_id"], merged, current["id"])
    return 204, None


def update_chunk(ctx: Ctx) -> tuple[int, object]:
    """`update_chunk`: by chunk_id, else tracking_id; unset fields keep their values."""
    ctx.role(ADMIN)
    data = ctx.json()
    if data.get("chunk_id") is not None:
        row = _one(ctx, "c.id = ?", (str(uuid.UUID(data["chunk_id"])),))
    elif data.get("tracking_id") is not None:
        row = _one(ctx, "c.tracking_id = ?", (data["tracking_id"],))
    else:
        raise Answer(400, "Either chunk_id or tracking_id must be provided to update a chunk")
    return _update(ctx, row, data)


def update_chunk_by_tracking_id(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    if not data["tracking_id"]:
        raise Answer(400, "Tracking id must be provided to update by tracking_id")
    row = _one(ctx, "c.tracking_id = ?", (data["tracking_id"],))
    return _update(ctx, row, {k: v for k, v in data.items() if k != "tracking_id"})


def _delete(ctx: Ctx, row: tuple[Any, ...]) -> tuple[int, object]:
    with ctx.store.transaction():
        ctx.store.sql("DELETE FROM chunk_group_members WHERE chunk_id = ?", (row[0],))
        ctx.store.sql("DELETE FROM chunks WHERE id = ?", (row[0],))
    return 204, None


def delete_chunk(ctx: Ctx) -> tuple[int, object]:
    chunk_id = uuid_param(ctx, "chunk_id")
    ctx.role(ADMIN)
    return _delete(ctx, _one(ctx, "c.id = ?", (chunk_id,)))


def delete_chunk_by_tracking_id(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    return _delete(ctx, _one(ctx, "c.tracking_id = ?", (ctx.params["tracking_id"],)))


def get_chunk_by_id(ctx: Ctx) -> tuple[int, object]:
    chunk_id = uuid_param(ctx, "chunk_id")
    ctx.user()
    return 200, shaped(ctx, _one(ctx, "c.id = ?", (chunk_id,)))


def get_chunk_by_tracking_id(ctx: Ctx) -> tuple[int, object]:
    ctx.user()
    return 200, shaped(ctx, _one(ctx, "c.tracking_id = ?", (ctx.params["tracking_id"],)))


def _many(ctx: Ctx, column: str, keys: list[str]) -> tuple[int, object]:
    ctx.user()
    rows = fetch(ctx, f"c.{column} IN (SELECT value FROM json_each(?))", (json.dumps(keys),))
    if not rows:
        raise Answer(404, "Chunks not found")
    return 200, [shaped(ctx, row) for row in rows]


def get_chunks_by_ids(ctx: Ctx) -> tuple[int, object]:
    return _many(ctx, "id", [str(uuid.UUID(key)) for key in ctx.json()["ids"]])


def get_chunks_by_tracking_ids(ctx: Ctx) -> tuple[int, object]:
    return _many(ctx, "tracking_id", list(ctx.json()["tracking_ids"]))


def scroll_dataset_chunks(ctx: Ctx) -> tuple[int, object]:
    """Chunks by id ascending from `offset_chunk_id` itself (the server's scroll starts at
    the offset point, inclusive: qdrant's scroll `offset`), `page_size` (default 10) a page."""
    ctx.user()
    data = ctx.json()
    where, params = where_clause(data.get("filters"))
    offset = data.get("offset_chunk_id")
    if offset is not None:
        where, params = f"({where}) AND c.id >= ?", (*params, str(uuid.UUID(offset)))
    size = data.get("page_size")
    rows = ctx.store.sql(
        f"SELECT {CHUNK_COLUMNS} FROM chunks c WHERE c.dataset_id = ? AND ({where}) "
        "ORDER BY c.id LIMIT ?",
        (ctx.dataset(), *params, 10 if size is None else size),
    )
    return 200, {"chunks": [chunk_v2(row) for row in rows]}


def get_all_tags(ctx: Ctx) -> tuple[int, object]:
    """dataset_handler.rs `get_all_tags`: 1-indexed pages of 20, most used tags first."""
    ctx.user()
    data = ctx.json()
    page = 1 if data.get("page") is None else data["page"]
    if page < 1:
        raise Answer(400, "Page must be greater than 0")
    size = 20 if data.get("page_size") is None else data["page_size"]
    counted = (
        "SELECT j.value AS tag, COUNT(*) AS n FROM chunks c, json_each(c.tag_set) j "
        "WHERE c.dataset_id = ? AND c.tag_set IS NOT NULL GROUP BY j.value"
    )
    dataset_id = ctx.dataset()
    rows = ctx.store.sql(
        f"{counted} ORDER BY n DESC, tag LIMIT ? OFFSET ?", (dataset_id, size, (page - 1) * size)
    )
    total = ctx.store.sql(f"SELECT COUNT(*) FROM ({counted})", (dataset_id,))[0][0]
    return 200, {"tags": [{"tag": tag, "count": n} for tag, n in rows], "total": total}


ROUTES: RouteTable = (
    ("POST", "/api/chunk", create_chunk),
    ("PUT", "/api/chunk", update_chunk),
    ("PUT", "/api/chunk/tracking_id/update", update_chunk_by_tracking_id),
    ("GET", "/api/chunk/tracking_id/{tracking_id}", get_chunk_by_tracking_id),
    ("DELETE", "/api/chunk/tracking_id/{tracking_id}", delete_chunk_by_tracking_id),
    ("GET", "/api/chunk/{chunk_id}", get_chunk_by_id),
    ("DELETE", "/api/chunk/{chunk_id}", delete_chunk),
    ("POST", "/api/chunks", get_chunks_by_ids),
    ("POST", "/api/chunks/tracking", get_chunks_by_tracking_ids),
    ("POST", "/api/chunks/scroll", scroll_dataset_chunks),
    ("POST", "/api/dataset/get_all_tags", get_all_tags),
)
