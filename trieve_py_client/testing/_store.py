"""SQLite state of the local server: users, organizations, memberships and API keys."""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import string
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ._content import install

_KEY_ALPHABET = string.ascii_letters + string.digits

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


@dataclass(frozen=True)
class KeyRecord:
    """What the server knows about the API key a request came with."""

    id: str
    user_id: str
    role: int
    dataset_ids: frozenset[str]
    organization_ids: frozenset[str]
    scopes: tuple[str, ...]


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
    return _now()


def _now() -> str:
    return format_timestamp(datetime.now(timezone.utc).replace(tzinfo=None))


def _hash_key(plain: str) -> str:
    return hashlib.sha256(plain.encode("utf-8", "surrogatepass")).hexdigest()


def mint_key() -> str:
    """A new key in the real server's form: `tr-` and 32 letters and digits."""
    return "tr-" + "".join(secrets.choice(_KEY_ALPHABET) for _ in range(32))


def _dump_list(values: list[str] | None) -> str | None:
    return None if values is None else json.dumps(values)


def _load_list(text: str | None) -> list[str] | None:
    if text is None:
        return None
    loaded: list[str] = json.loads(text)
    return loaded


class Store:
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
            self._conn.execute(
                "INSERT INTO users (id, created_at) VALUES (?, ?)", (user_id, _now())
            )
        return user_id

    def create_organization(self, name: str, created_at: datetime | None = None) -> str:
        """Create an organization with no members and return its id; `created_at` (naive
        UTC, or aware) backdates it, as the API version default depends on it."""
        org_id = str(uuid.uuid4())
        stamp = _now()
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

    def create_api_key(
        self,
        user_id: str,
        name: str,
        role: int,
        dataset_ids: list[str] | None = None,
        organization_ids: list[str] | None = None,
        scopes: list[str] | None = None,
        *,
        plain: str | None = None,
    ) -> str:
        """Store a key for the user (a new one unless `plain` is given) and return it; only
        its hash is kept. A given key that is already stored is left as it is."""
        plain = mint_key() if plain is None else plain
        # Two clock readings, like the real server's two defaults: the dates may differ.
        created, updated = _now(), _now()
        with self._lock:
            if self._conn.execute(
                "SELECT 1 FROM api_keys WHERE key_hash = ?", (_hash_key(plain),)
            ).fetchone():
                return plain
            self._conn.execute(
                "INSERT INTO api_keys (id, user_id, key_hash, name, role, dataset_ids, "
                "organization_ids, scopes, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    user_id,
                    _hash_key(plain),
                    name,
                    role,
                    _dump_list(dataset_ids),
                    _dump_list(organization_ids),
                    _dump_list(scopes),
                    created,
                    updated,
                ),
            )
        return plain

    def find_api_key(self, plain: str) -> KeyRecord | None:
        """The record of a presented key, or None when the server does not know it."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, user_id, role, dataset_ids, organization_ids, scopes FROM api_keys "
                "WHERE key_hash = ?",
                (_hash_key(plain),),
            ).fetchone()
        if row is None:
            return None
        return KeyRecord(
            id=row[0],
            user_id=row[1],
            role=int(row[2]),
            dataset_ids=frozenset(_load_list(row[3]) or ()),
            organization_ids=frozenset(_load_list(row[4]) or ()),
            scopes=tuple(_load_list(row[5]) or ()),
        )

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
        stamp = _now()
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

    def list_api_keys(self, user_id: str) -> list[dict[str, object]]:
        """The user's keys as ApiKeyRespBody objects, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, user_id, name, role, dataset_ids, organization_ids, created_at, "
                "updated_at FROM api_keys WHERE user_id = ? ORDER BY seq",
                (user_id,),
            ).fetchall()
        return [
            {
                "id": row[0],
                "user_id": row[1],
                "name": row[2],
                "role": row[3],
                "dataset_ids": _load_list(row[4]),
                "organization_ids": _load_list(row[5]),
                "created_at": row[6],
                "updated_at": row[7],
            }
            for row in rows
        ]

    def delete_api_key(self, user_id: str, key_id: str) -> None:
        """Delete the user's key with that id; a missing id is not an error."""
        with self._lock:
            self._conn.execute(
                "DELETE FROM api_keys WHERE id = ? AND user_id = ?", (key_id, user_id)
            )

    def count_api_keys(self, user_id: str | None = None) -> int:
        """How many keys exist, for one user or for all."""
        with self._lock:
            if user_id is None:
                row = self._conn.execute("SELECT COUNT(*) FROM api_keys").fetchone()
            else:
                row = self._conn.execute(
                    "SELECT COUNT(*) FROM api_keys WHERE user_id = ?", (user_id,)
                ).fetchone()
        return int(row[0])

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
