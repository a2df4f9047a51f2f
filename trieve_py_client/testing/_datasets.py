"""Organizations and datasets: create, read, update, delete, by id and by tracking id.

Dataset rules from server/src/handlers/dataset_handler.rs (devflowinc/trieve, stored
version 15984238260's file; 0.11.8 is db14a1baf): create and update need an owner of the
`TR-Organization`, get needs an admin, delete checks the `TR-Dataset` header names the
same dataset ("Dataset header does not match provided dataset ID").
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from ._ctx import ADMIN, OWNER, Answer, Ctx, RouteTable, uuid_param
from ._timestamps import now

# DatasetConfiguration::from_json fills in the defaults of every unset key (data/models.rs);
# these are the ones the local server acts on or that clients commonly read.
_DEFAULT_CONFIG: dict[str, Any] = {
    "BM25_ENABLED": True,
    "FULLTEXT_ENABLED": True,
    "SEMANTIC_ENABLED": True,
    "N_RETRIEVALS_TO_INCLUDE": 8,
    "MAX_LIMIT": 10000,
    "SYSTEM_PROMPT": "You are a helpful assistant",
    "RAG_PROMPT": "Use the following retrieved documents to respond briefly and accurately:",
}
_DATASET_COLUMNS = (
    "id, name, organization_id, tracking_id, server_configuration, created_at, updated_at, deleted"
)


def _dataset(row: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "id": row[0],
        "name": row[1],
        "organization_id": row[2],
        "tracking_id": row[3],
        "server_configuration": {**_DEFAULT_CONFIG, **json.loads(row[4] or "{}")},
        "created_at": row[5],
        "updated_at": row[6],
        "deleted": row[7],
    }


def load_dataset(ctx: Ctx, dataset_id: str) -> dict[str, Any]:
    """A live dataset by id, or the 404 of `get_dataset_by_id_query`."""
    rows = ctx.store.sql(
        f"SELECT {_DATASET_COLUMNS} FROM datasets WHERE id = ? AND deleted = 0", (dataset_id,)
    )
    if not rows:
        raise Answer(404, "Could not find dataset")
    return _dataset(rows[0])


def _organization(ctx: Ctx, org_id: str) -> dict[str, Any]:
    rows = ctx.store.sql(
        "SELECT id, name, created_at, updated_at FROM organizations WHERE id = ? AND deleted = 0",
        (org_id,),
    )
    if not rows:
        raise Answer(404, "Could not find organization")
    row = rows[0]
    return {
        "id": row[0],
        "name": row[1],
        "created_at": row[2],
        "updated_at": row[3] or row[2],
        "registerable": True,
        "deleted": 0,
    }


def _require_role_in(ctx: Ctx, org_id: str, needed: int) -> None:
    # verify_admin / verify_owner (middleware/auth_middleware.rs): the caller's role in the
    # organization the object belongs to, not only in the header's.
    if ctx.user().roles.get(org_id, -1) < needed:
        raise Answer(403, "Forbidden")


def create_organization(ctx: Ctx) -> tuple[int, object]:
    """Any signed-in user; the creator becomes its owner (spec: create_organization)."""
    user = ctx.user()
    data = ctx.json()
    with ctx.store.transaction():
        org = ctx.store.create_organization(data["name"])
        ctx.store.set_role(user.user_id, org, OWNER)
    return 200, _organization(ctx, org)


def get_organization(ctx: Ctx) -> tuple[int, object]:
    org = uuid_param(ctx, "organization_id")
    ctx.role(ADMIN)
    _require_role_in(ctx, org, ADMIN)
    return 200, _organization(ctx, org)


def update_organization(ctx: Ctx) -> tuple[int, object]:
    ctx.role(OWNER)
    data = ctx.json()
    org = str(uuid.UUID(data["organization_id"]))
    _require_role_in(ctx, org, OWNER)
    current = _organization(ctx, org)
    name = data.get("name") or current["name"]
    ctx.store.sql(
        "UPDATE organizations SET name = ?, updated_at = ? WHERE id = ?", (name, now(), org)
    )
    return 200, _organization(ctx, org)


def delete_organization(ctx: Ctx) -> tuple[int, object]:
    org = uuid_param(ctx, "organization_id")
    ctx.role(OWNER)
    _require_role_in(ctx, org, OWNER)
    with ctx.store.transaction():
        ctx.store.sql("UPDATE organizations SET deleted = 1 WHERE id = ?", (org,))
        ctx.store.sql("UPDATE datasets SET deleted = 1 WHERE organization_id = ?", (org,))
    return 204, None


def create_dataset(ctx: Ctx) -> tuple[int, object]:
    """OwnerOnly in the `TR-Organization`, and an owner of the body's `organization_id`
    (0.11.8's CreateDatasetRequest requires it), which the dataset belongs to."""
    ctx.role(OWNER)
    data = ctx.json()
    org = str(uuid.UUID(data["organization_id"]))
    _require_role_in(ctx, org, OWNER)
    tracking_id = data.get("tracking_id")
    with ctx.store.transaction():
        if tracking_id is not None and ctx.store.sql(
            "SELECT 1 FROM datasets WHERE organization_id = ? AND tracking_id = ? AND deleted = 0",
            (org, tracking_id),
        ):
            # The unique (organization, tracking_id) index refuses the insert.
            raise Answer(400, "Failed to create dataset")
        dataset_id = ctx.store.create_dataset(org, data["dataset_name"], tracking_id)
        config = data.get("server_configuration") or {}
        ctx.store.sql(
            "UPDATE datasets SET server_configuration = ? WHERE id = ?",
            (json.dumps({k: v for k, v in config.items() if v is not None}), dataset_id),
        )
    return 200, load_dataset(ctx, dataset_id)


def update_dataset(ctx: Ctx) -> tuple[int, object]:
    """By `dataset_id`, else `tracking_id`; an owner of the dataset's organization."""
    ctx.role(OWNER)
    data = ctx.json()
    if data.get("dataset_id") is not None:
        current = load_dataset(ctx, str(uuid.UUID(data["dataset_id"])))
    elif data.get("tracking_id") is not None:
        rows = ctx.store.sql(
            "SELECT id FROM datasets WHERE tracking_id = ? AND organization_id = ? AND deleted = 0",
            (data["tracking_id"], ctx.header_org()),
        )
        if not rows:
            raise Answer(404, "Could not find dataset")
        current = load_dataset(ctx, rows[0][0])
    else:
        raise Answer(400, "You must provide a dataset_id or tracking_id to update a dataset")
    _require_role_in(ctx, current["organization_id"], OWNER)
    config = json.loads(
        ctx.store.sql("SELECT server_configuration FROM datasets WHERE id = ?", (current["id"],))[
            0
        ][0]
    )
    config.update(
        {k: v for k, v in (data.get("server_configuration") or {}).items() if v is not None}
    )
    ctx.store.sql(
        "UPDATE datasets SET name = ?, tracking_id = ?, server_configuration = ?, updated_at = ? "
        "WHERE id = ?",
        (
            data.get("dataset_name") or current["name"],
            data.get("new_tracking_id") or current["tracking_id"],
            json.dumps(config),
            now(),
            current["id"],
        ),
    )
    return 200, load_dataset(ctx, current["id"])


def _delete(ctx: Ctx, dataset_id: str) -> tuple[int, object]:
    with ctx.store.transaction():
        ctx.store.sql("UPDATE datasets SET deleted = 1 WHERE id = ?", (dataset_id,))
        clear_content(ctx, dataset_id)
    return 204, None


def clear_content(ctx: Ctx, dataset_id: str) -> None:
    """Remove a dataset's chunks and groups (`clear_dataset`, and a dataset's deletion)."""
    ctx.store.sql(
        "DELETE FROM chunk_group_members WHERE group_id IN "
        "(SELECT id FROM chunk_groups WHERE dataset_id = ?)",
        (dataset_id,),
    )
    ctx.store.sql("DELETE FROM chunk_groups WHERE dataset_id = ?", (dataset_id,))
    ctx.store.sql("DELETE FROM chunks WHERE dataset_id = ?", (dataset_id,))


def _header_dataset_is(ctx: Ctx, dataset_id: str, tracking_id: str | None = None) -> str:
    header_dataset = ctx.dataset()
    if tracking_id is None and header_dataset != dataset_id:
        raise Answer(400, "Dataset header does not match provided dataset ID")
    if tracking_id is not None and load_dataset(ctx, header_dataset)["tracking_id"] != tracking_id:
        raise Answer(400, "Dataset header does not match provided dataset ID")
    return header_dataset


def delete_dataset(ctx: Ctx) -> tuple[int, object]:
    dataset_id = uuid_param(ctx, "dataset_id")
    ctx.role(OWNER)
    return _delete(ctx, _header_dataset_is(ctx, dataset_id))


def delete_dataset_by_tracking_id(ctx: Ctx) -> tuple[int, object]:
    ctx.role(OWNER)
    return _delete(ctx, _header_dataset_is(ctx, "", ctx.params["tracking_id"]))


def clear_dataset(ctx: Ctx) -> tuple[int, object]:
    dataset_id = uuid_param(ctx, "dataset_id")
    ctx.role(OWNER)
    with ctx.store.transaction():
        clear_content(ctx, _header_dataset_is(ctx, dataset_id))
    return 204, None


def get_dataset(ctx: Ctx) -> tuple[int, object]:
    dataset_id = uuid_param(ctx, "dataset_id")
    ctx.role(ADMIN)
    dataset = load_dataset(ctx, dataset_id)
    _require_role_in(ctx, dataset["organization_id"], ADMIN)
    return 200, dataset


def get_datasets_from_organization(ctx: Ctx) -> tuple[int, object]:
    org = uuid_param(ctx, "organization_id")
    caller = ctx.role(ADMIN)
    if org not in caller.roles:
        raise Answer(403, "Forbidden")
    limit, offset = ctx.query.get("limit"), ctx.query.get("offset")
    if (limit is None) != (offset is None):
        raise Answer(400, "Pagination requires both offset and limit.")
    rows = ctx.store.sql(
        f"SELECT {_DATASET_COLUMNS}, (SELECT COUNT(*) FROM chunks c WHERE c.dataset_id = d.id) "
        "FROM datasets d WHERE organization_id = ? AND deleted = 0 ORDER BY created_at DESC, id "
        "LIMIT ? OFFSET ?",
        (org, -1 if limit is None else int(limit), 0 if offset is None else int(offset)),
    )
    return 200, [
        {
            "dataset": _dataset(row[:8]),
            "dataset_usage": {"id": row[0], "dataset_id": row[0], "chunk_count": row[8]},
        }
        for row in rows
    ]


def get_usage_by_dataset_id(ctx: Ctx) -> tuple[int, object]:
    dataset_id = uuid_param(ctx, "dataset_id")
    ctx.role(ADMIN)
    count = ctx.store.sql("SELECT COUNT(*) FROM chunks WHERE dataset_id = ?", (dataset_id,))
    return 200, {"id": dataset_id, "dataset_id": dataset_id, "chunk_count": count[0][0]}


ROUTES: RouteTable = (
    ("POST", "/api/organization", create_organization),
    ("PUT", "/api/organization", update_organization),
    ("GET", "/api/organization/{organization_id}", get_organization),
    ("DELETE", "/api/organization/{organization_id}", delete_organization),
    ("POST", "/api/dataset", create_dataset),
    ("PUT", "/api/dataset", update_dataset),
    ("PUT", "/api/dataset/clear/{dataset_id}", clear_dataset),
    ("GET", "/api/dataset/organization/{organization_id}", get_datasets_from_organization),
    ("GET", "/api/dataset/usage/{dataset_id}", get_usage_by_dataset_id),
    ("DELETE", "/api/dataset/tracking_id/{tracking_id}", delete_dataset_by_tracking_id),
    ("GET", "/api/dataset/{dataset_id}", get_dataset),
    ("DELETE", "/api/dataset/{dataset_id}", delete_dataset),
)
