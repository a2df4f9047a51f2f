"""Back to the state a fresh server starts in, for suites that keep one server across tests."""

from __future__ import annotations

from ._store import Store

# The seeded owner, organization and membership stay, and so do the keys a test was given, so
# that its clients go on working; every other row goes. The FTS5 index follows the chunks
# through their triggers. Every other table of the schema is emptied whole, so a table added
# later is reset without being named here.
_KEPT_BY = {
    "users": "id = ?",
    "organizations": "id = ?",
    "memberships": "user_id = ? AND organization_id = ?",
}


def reset(store: Store, owner: str, organization: str, keep_keys: list[str]) -> None:
    """Delete everything but the seed (`owner`, `organization`) and the keys `keep_keys`
    (plain keys), in one transaction."""
    kept_ids = [record.id for key in keep_keys if (record := store.find_api_key(key))]
    tables = [
        name
        for (name,) in store.sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'chunks_fts%'"
        )
    ]
    seed = {
        "users": (owner,),
        "organizations": (organization,),
        "memberships": (owner, organization),
    }
    # Children before parents, for the foreign keys: keys and memberships name users.
    order = sorted(tables, key=lambda name: name in ("users", "organizations"))
    with store.transaction():
        for table in order:
            if table == "meta":
                continue  # the seed's ids and key, which a database file keeps
            if table == "api_keys":
                marks = ", ".join("?" * len(kept_ids))
                store.sql(f"DELETE FROM api_keys WHERE id NOT IN ({marks})", tuple(kept_ids))
            elif table in _KEPT_BY:
                store.sql(f"DELETE FROM {table} WHERE NOT ({_KEPT_BY[table]})", seed[table])
            else:
                store.sql(f"DELETE FROM {table}")
