"""API keys in the store: the record a presented key maps to, and the key queries."""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import string
import threading
import uuid
from dataclasses import dataclass

from ._timestamps import now

_KEY_ALPHABET = string.ascii_letters + string.digits


@dataclass(frozen=True)
class KeyRecord:
    """What the server knows about the API key a request came with."""

    id: str
    user_id: str
    role: int
    dataset_ids: frozenset[str]
    organization_ids: frozenset[str]
    scopes: tuple[str, ...]


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


class ApiKeyQueries:
    """The queries of the `api_keys` table, a part of `Store` (which owns the connection and
    the lock, and creates the table with the rest of its schema)."""

    _conn: sqlite3.Connection
    _lock: threading.RLock

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
        created, updated = now(), now()
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
