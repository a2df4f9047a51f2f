"""SQLite state of the local server: users, organizations, memberships, datasets, searches
made and the server's own values (the API keys' queries are in `_keys.py`)."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from ._content import install
from ._keys import ApiKeyQueries
from ._timestamps import format_timestamp, now

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memberships (
    user_id TEXT NOT NULL REFERENCES users(id),
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    role INTEGER NOT NULL,
    PRIMARY KEY (user_id, organization_id)
);
CREATE TABLE IF NOT EXISTS api_keys (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users(id),
    key_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role INTEGER NOT NULL,
    dataset_ids TEXT,
    organization_ids TEXT,
    scopes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS api_keys_by_user ON api_keys (user_id, seq);
CREATE TABLE IF NOT EXISTS datasets (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id)
);
CREATE TABLE IF NOT EXISTS search_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    dataset_id TEXT NOT NULL,
    event TEXT NOT NULL
);
"""


class Store(ApiKeyQueries):
    """All state behind one SQLite connection, serialized by one re-entrant lock.

    Every method takes the lock itself; `transaction()` holds it across several calls
    so a check and the write that depends on it cannot interleave with another request.
    """

    def __init__(self, path: str) -> None:
        self._lock = threading.RLock()
        # isolation_level=None: transactions are begun explicitly, never implicitly.
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.executescript(_SCHEMA)
            install(self._conn)
        except sqlite3.Error:
            self._conn.close()
            raise

    def sql(
        self, query: str, params: tuple[object, ...] | list[object] = ()
    ) -> list[tuple[Any, ...]]:
        """Run one statement under the lock and return its rows (for the content modules)."""
        with self._lock:
            return self._conn.execute(query, params).fetchall()

    def sql_many(self, query: str, rows: list[tuple[object, ...]]) -> None:
        """Run one statement for each row, under the lock."""
        with self._lock:
            self._conn.executemany(query, rows)

    def sql_script(self, script: str) -> None:
        """Run several statements (a schema), under the lock."""
        with self._lock:
            self._conn.executescript(script)

    def close(self) -> None:
        """Close the connection; the store is unusable afterwards."""
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock and one SQLite transaction, committed unless the block raises.

        Not re-entrant: inside it, call only the single-statement methods.
        """
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def seed(self) -> tuple[str, str, bool]:
        """Return (owner id, organization id, reused), creating them on a fresh database."""
        with self.transaction():
            rows = dict(self._conn.execute("SELECT name, value FROM meta").fetchall())
            owner, org = rows.get("seed_user_id"), rows.get("seed_organization_id")
            if owner is not None and org is not None:
                return owner, org, True
            owner = self.create_user()
            org = self.create_organization("Local Organization")
            self.set_role(owner, org, 2)
            self._conn.executemany(
                "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
                [("seed_user_id", owner), ("seed_organization_id", org)],
            )
            return owner, org, False

    def create_user(self) -> str:
        """Create a user and return its id."""
        user_id = str(uuid.uuid4())
        with self._lock:
            self._conn.execute("INSERT INTO users (id, created_at) VALUES (?, ?)", (user_id, now()))
        return user_id

    def create_organization(self, name: str, created_at: datetime | None = None) -> str:
        """Create an organization with no members and return its id; `created_at` (naive
        UTC, or aware) backdates it, as the API version default depends on it."""
        org_id = str(uuid.uuid4())
        stamp = now()
        if created_at is not None:
            if created_at.tzinfo is not None:
                created_at = created_at.astimezone(timezone.utc).replace(tzinfo=None)
            stamp = format_timestamp(created_at)
        with self._lock:
            self._conn.execute(
                "INSERT INTO organizations (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (org_id, name, stamp, stamp),
            )
        return org_id

    def user_exists(self, user_id: str) -> bool:
        """Tell whether a user with that id exists."""
        with self._lock:
            row = self._conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone()
        return row is not None

    def organization_exists(self, organization_id: str) -> bool:
        """Tell whether an organization with that id exists."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM organizations WHERE id = ?", (organization_id,)
            ).fetchone()
        return row is not None

    def set_role(self, user_id: str, organization_id: str, role: int) -> None:
        """Add the membership, or replace the role of an existing one."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO memberships (user_id, organization_id, role) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id, organization_id) DO UPDATE SET role = excluded.role",
                (user_id, organization_id, role),
            )

    def role_of(self, user_id: str, organization_id: str) -> int | None:
        """The user's stored role in the organization, or None when not a member."""
        with self._lock:
            row = self._conn.execute(
                "SELECT role FROM memberships WHERE user_id = ? AND organization_id = ?",
                (user_id, organization_id),
            ).fetchone()
        return None if row is None else int(row[0])

    def roles_of(self, user_id: str) -> dict[str, int]:
        """The user's role in each organization the user belongs to."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT organization_id, role FROM memberships WHERE user_id = ?", (user_id,)
            ).fetchall()
        return {row[0]: int(row[1]) for row in rows}

    def an_owner_of(self, organization_id: str) -> str | None:
        """Some owner (role 2) of the organization, or None when it has none."""
        with self._lock:
            row = self._conn.execute(
                "SELECT user_id FROM memberships WHERE organization_id = ? AND role = 2 "
                "ORDER BY user_id LIMIT 1",
                (organization_id,),
            ).fetchone()
        return None if row is None else str(row[0])

    def create_dataset(
        self, organization_id: str, name: str = "Dataset", tracking_id: str | None = None
    ) -> str:
        """Create a dataset of the organization and return its id."""
        dataset_id = str(uuid.uuid4())
        stamp = now()
        with self._lock:
            self._conn.execute(
                "INSERT INTO datasets (id, organization_id, name, tracking_id, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (dataset_id, organization_id, name, tracking_id, stamp, stamp),
            )
        return dataset_id

    def dataset_organization(self, dataset_id: str) -> str | None:
        """The organization of a dataset, or None when there is no such dataset."""
        with self._lock:
            row = self._conn.execute(
                "SELECT organization_id FROM datasets WHERE id = ?", (dataset_id,)
            ).fetchone()
        return None if row is None else str(row[0])

    def get_meta(self, name: str) -> str | None:
        """A value the server keeps about itself (its seeded ids, its own key)."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, name: str, value: str) -> None:
        """Keep a value about the server itself."""
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (name, value)
            )

    def record_search(self, dataset_id: str, event: dict[str, object]) -> None:
        """Keep a search made, as the analytics report it (a JSON object)."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO search_events (dataset_id, event) VALUES (?, ?)",
                (dataset_id, json.dumps(event)),
            )

    def search_events(self, dataset_id: str) -> list[dict[str, object]]:
        """The searches made in a dataset, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT event FROM search_events WHERE dataset_id = ? ORDER BY seq", (dataset_id,)
            ).fetchall()
        return [json.loads(row[0]) for row in rows]
