"""Files: upload (base64url without padding), get, delete, and a dataset's files by page.

Behaviour from devflowinc/trieve server/src/handlers/file_handler.rs (stored commit
00a64accd610418002dca5e217f0682967e3052e, a version after 0.11.8), `upload_file_handler`:
the body's `base64_file` is decoded as it was sent with the URL-safe alphabet and no padding
(`GeneralPurpose::new(&alphabet::URL_SAFE, general_purpose::NO_PAD)`; the cleaned copy it
makes is never used), so standard base64 with "+", "/" or "=" gets 400 "Could not decode
base64 file"; the answer is the File it stored. server/src/operators/file_operator.rs:
`get_file_query` answers 404 "File with specified id not found" for a file not in the
dataset; `get_dataset_file_query` pages by 10.

The file worker extracts the text with Apache Tika and chunks it; here only a text or HTML
file (.txt, .md, .html, .htm) becomes chunks: its text split after each delimiter (default
".", "!", "?", newline), `target_splits_per_chunk` (20) splits a chunk, rebalanced unless
`rebalance_chunks` is false, in a group named for the file. Other files are stored without
chunks.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from typing import Any

from ._chunks import write_chunk
from ._content import html_text
from ._ctx import ADMIN, Answer, Ctx, RouteTable, int_param, uuid_param
from ._filters import parse_time
from ._groups import create_group
from ._timestamps import now

_TEXT_TYPES = (".txt", ".md", ".html", ".htm")
_URL_SAFE = re.compile(r"[A-Za-z0-9_-]*")
_COLUMNS = (
    "id, file_name, created_at, updated_at, size, dataset_id, link, metadata, tag_set, time_stamp"
)
_PAGE = 10


def _decode(text: str) -> bytes:
    """URL-safe base64 without padding, strictly: the base64 crate refuses other symbols,
    padding, an impossible length and non-zero trailing bits."""
    refused = Answer(400, "Could not decode base64 file")
    if not _URL_SAFE.fullmatch(text) or len(text) % 4 == 1:
        raise refused
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error:
        raise refused from None
    if base64.urlsafe_b64encode(data).rstrip(b"=").decode() != text:
        raise refused
    return data


def _file(row: tuple[Any, ...]) -> dict[str, Any]:
    keys = [key.strip() for key in _COLUMNS.split(",")]
    found = dict(zip(keys, row, strict=True))
    for key in ("metadata", "tag_set"):
        found[key] = None if found[key] is None else json.loads(found[key])
    return found


def _splits(text: str, delimiters: list[str]) -> list[str]:
    pattern = "|".join(re.escape(d) for d in delimiters if d)
    if not pattern:
        return [text] if text.strip() else []
    parts = re.split(f"(?<=(?:{pattern}))", text)
    return [" ".join(part.split()) for part in parts if part.strip()]


def _chunk_texts(splits: list[str], target: int, rebalance: bool) -> list[str]:
    if not splits:
        return []
    target = max(target, 1)
    if not rebalance:
        return [" ".join(splits[i : i + target]) for i in range(0, len(splits), target)]
    # 66 splits of target 20: 3 chunks of 22 (the remainder spread over the chunks).
    count = max(1, len(splits) // target)
    size, extra = divmod(len(splits), count)
    texts, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        texts.append(" ".join(splits[start:end]))
        start = end
    return texts


def _make_chunks(ctx: Ctx, data: dict[str, Any], raw: bytes) -> None:
    name = data["file_name"].lower()
    if data.get("create_chunks") is False or not name.endswith(_TEXT_TYPES):
        return
    text = raw.decode("utf-8", "replace")
    if name.endswith((".html", ".htm")):
        text = html_text(text)
    splits = _splits(text, data.get("split_delimiters") or [".", "!", "?", "\n"])
    target = data.get("target_splits_per_chunk") or 20
    texts = _chunk_texts(splits, target, data.get("rebalance_chunks") is not False)
    if not texts:
        return
    group_tracking_id = data.get("group_tracking_id")
    group = {
        "name": data["file_name"],
        "description": data.get("description"),
        "tracking_id": group_tracking_id,
        "tag_set": data.get("tag_set"),
        "metadata": data.get("metadata"),
    }
    group_id = create_group(ctx, group)
    for index, chunk_text in enumerate(texts):
        chunk = {
            "chunk_html": chunk_text,
            "tracking_id": None if group_tracking_id is None else f"{group_tracking_id}|{index}",
            "tag_set": data.get("tag_set"),
            "metadata": data.get("metadata"),
            "link": data.get("link"),
            "time_stamp": data.get("time_stamp"),
            "group_ids": [group_id],
        }
        write_chunk(ctx, ctx.dataset(), chunk, str(uuid.uuid4()))


def upload_file_handler(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    raw = _decode(data["base64_file"])
    if data.get("time_stamp") is not None:
        parse_time(data["time_stamp"])
    stamp, file_id = now(), str(uuid.uuid4())
    tags, metadata = data.get("tag_set"), data.get("metadata")
    row = (
        file_id,
        data["file_name"],
        stamp,
        stamp,
        len(raw),
        ctx.dataset(),
        data.get("link"),
        None if metadata is None else json.dumps(metadata),
        None if tags is None else json.dumps(tags),
        data.get("time_stamp"),
    )
    with ctx.store.transaction():
        ctx.store.sql(
            f"INSERT INTO files ({_COLUMNS}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*row, raw),
        )
        _make_chunks(ctx, data, raw)
    return 200, {"file_metadata": _file(row)}


def _stored(ctx: Ctx) -> tuple[Any, ...]:
    rows = ctx.store.sql(
        f"SELECT {_COLUMNS} FROM files WHERE id = ? AND dataset_id = ?",
        (uuid_param(ctx, "file_id"), ctx.dataset()),
    )
    if not rows:
        raise Answer(404, "File with specified id not found")
    return rows[0]


def get_file_handler(ctx: Ctx) -> tuple[int, object]:
    ctx.user()
    found = _file(_stored(ctx))
    keys = ("id", "file_name", "created_at", "updated_at", "size", "metadata", "link")
    dto = {key: found[key] for key in keys}
    # No S3 here: the URL names the local server's file, which no route serves.
    dto["s3_url"] = f"local://files/{found['id']}"
    return 200, dto


def delete_file_handler(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    ctx.store.sql("DELETE FROM files WHERE id = ?", (_stored(ctx)[0],))
    return 204, None


def get_dataset_files_handler(ctx: Ctx) -> tuple[int, object]:
    ctx.user()
    page = max(int_param(ctx, "page"), 1)
    rows = ctx.store.sql(
        f"SELECT {_COLUMNS} FROM files WHERE dataset_id = ? ORDER BY seq LIMIT ? OFFSET ?",
        (ctx.dataset(), _PAGE, (page - 1) * _PAGE),
    )
    return 200, [_file(row) for row in rows]


ROUTES: RouteTable = (
    ("POST", "/api/file", upload_file_handler),
    ("GET", "/api/file/{file_id}", get_file_handler),
    ("DELETE", "/api/file/{file_id}", delete_file_handler),
    ("GET", "/api/dataset/files/{dataset_id}/{page}", get_dataset_files_handler),
)
