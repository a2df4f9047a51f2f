"""SQLite schema of datasets' content (chunks, their full-text index, groups) and the chunk
shapes the API answers with.

Chunks are indexed by FTS5 (an external-content table kept in step by triggers), so a
search is one indexed MATCH ranked by SQLite's own BM25, over any number of chunks.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chunks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    dataset_id TEXT NOT NULL,
    tracking_id TEXT,
    chunk_html TEXT,
    body TEXT NOT NULL DEFAULT '',
    link TEXT,
    tag_set TEXT,
    metadata TEXT,
    num_value REAL,
    time_stamp TEXT,
    weight REAL NOT NULL DEFAULT 1.0,
    image_urls TEXT,
    location TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS chunks_by_tracking_id ON chunks (dataset_id, tracking_id);
CREATE INDEX IF NOT EXISTS chunks_by_dataset ON chunks (dataset_id, id);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    body, content='chunks', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts (rowid, body) VALUES (new.seq, new.body);
END;
CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts (chunks_fts, rowid, body) VALUES ('delete', old.seq, old.body);
END;
CREATE TRIGGER IF NOT EXISTS chunks_au AFTER UPDATE OF body ON chunks BEGIN
    INSERT INTO chunks_fts (chunks_fts, rowid, body) VALUES ('delete', old.seq, old.body);
    INSERT INTO chunks_fts (rowid, body) VALUES (new.seq, new.body);
END;
CREATE TABLE IF NOT EXISTS chunk_groups (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    dataset_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    tracking_id TEXT,
    tag_set TEXT,
    metadata TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS groups_by_tracking_id ON chunk_groups (dataset_id, tracking_id);
CREATE TABLE IF NOT EXISTS chunk_group_members (
    group_id TEXT NOT NULL,
    chunk_id TEXT NOT NULL,
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    UNIQUE (group_id, chunk_id)
);
CREATE INDEX IF NOT EXISTS members_by_chunk ON chunk_group_members (chunk_id);
CREATE TABLE IF NOT EXISTS topics (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    dataset_id TEXT NOT NULL,
    name TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    topic_id TEXT NOT NULL,
    dataset_id TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    content TEXT NOT NULL,
    role TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    dataset_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    tag_set TEXT,
    metadata TEXT,
    link TEXT,
    time_stamp TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

# Columns added to tables of the User-routes schema, for database files made before them.
_ADDED_COLUMNS = {
    "organizations": (
        ("updated_at", "TEXT NOT NULL DEFAULT ''"),
        ("deleted", "INTEGER NOT NULL DEFAULT 0"),
    ),
    "datasets": (
        ("name", "TEXT NOT NULL DEFAULT 'Dataset'"),
        ("tracking_id", "TEXT"),
        ("server_configuration", "TEXT NOT NULL DEFAULT '{}'"),
        ("created_at", "TEXT NOT NULL DEFAULT ''"),
        ("updated_at", "TEXT NOT NULL DEFAULT ''"),
        ("deleted", "INTEGER NOT NULL DEFAULT 0"),
    ),
}

CHUNK_COLUMNS = (
    "id, dataset_id, tracking_id, chunk_html, link, tag_set, metadata, num_value, time_stamp, "
    "weight, image_urls, location, created_at, updated_at"
)


def install(conn: sqlite3.Connection) -> None:
    """Create the content tables and add the columns older database files lack."""
    for table, columns in _ADDED_COLUMNS.items():
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for name, declaration in columns:
            if name not in have:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
    conn.executescript(_SCHEMA)


_TAG = re.compile(r"<[^>]*>")


def html_text(chunk_html: str | None) -> str:
    """The innerText the real server indexes (convert_html_to_text): tags out, entities decoded."""
    return html.unescape(_TAG.sub(" ", chunk_html or ""))


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def chunk_v2(row: tuple[Any, ...]) -> dict[str, Any]:
    """A stored chunk as ChunkMetadata (V2: `tag_set` a list), from a CHUNK_COLUMNS row."""
    return {
        "id": row[0],
        "dataset_id": row[1],
        "tracking_id": row[2],
        "chunk_html": row[3],
        "link": row[4],
        "tag_set": _load(row[5]),
        "metadata": _load(row[6]),
        "num_value": row[7],
        "time_stamp": row[8],
        "weight": row[9],
        "image_urls": _load(row[10]),
        "location": _load(row[11]),
        "created_at": row[12],
        "updated_at": row[13],
    }


def chunk_v1(row: tuple[Any, ...]) -> dict[str, Any]:
    """ChunkMetadataStringTagSet (V1): the tags joined by commas, as the server's
    `From<ChunkMetadata> for ChunkMetadataStringTagSet` (data/models.rs) joins them."""
    chunk = chunk_v2(row)
    tags = chunk["tag_set"]
    chunk["tag_set"] = None if tags is None else ",".join(tag for tag in tags if tag is not None)
    return chunk


def slim(chunk: dict[str, Any]) -> dict[str, Any]:
    """SlimChunkMetadata: no chunk_html (slim_chunks=true)."""
    return {key: value for key, value in chunk.items() if key != "chunk_html"}


def content_only(chunk: dict[str, Any]) -> dict[str, Any]:
    """ContentChunkMetadata (content_only=true)."""
    keys = ("id", "chunk_html", "tracking_id", "time_stamp", "num_value", "weight", "image_urls")
    return {key: chunk[key] for key in keys}
