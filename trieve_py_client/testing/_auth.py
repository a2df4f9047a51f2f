"""Who is calling: the key lookup and the real server's authentication middleware.

Key limits (organizations, datasets, scopes) count only on requests that name a dataset;
`TR-Organization` is checked before anything else; the admin key acts as an organization's
owner. See the contract's "Authentication" section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ._keys import KeyRecord
from ._store import Store
from ._validate import parse_uuid

_PLACEHOLDER = re.compile(r"\{[a-zA-Z0-9_-]+\}")


@dataclass
class Caller:
    """An authenticated user and the role it acts with in each of its organizations."""

    user_id: str
    roles: dict[str, int] = field(default_factory=dict)


class Refusal(Exception):
    """The middleware answers instead of the endpoint."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.text = text


def header(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    """The first value of a header, by case-blind name, or None; values that are not visible
    ASCII count as absent, as actix-web's `to_str()` fails on them."""
    wanted = name.lower()
    for key, value in headers:
        if key.lower() == wanted:
            if all(char == "\t" or " " <= char <= "~" for char in value):
                return value
            return None
    return None


def presented_key(headers: Sequence[tuple[str, str]]) -> str | None:
    """The key as sent: Authorization (else x-api-key), one leading `Bearer ` removed."""
    value = header(headers, "Authorization")
    if value is None:
        value = header(headers, "x-api-key")
    return None if value is None else value.removeprefix("Bearer ")


def _either(headers: Sequence[tuple[str, str]], first: str, second: str) -> str | None:
    value = header(headers, first)
    return header(headers, second) if value is None else value


def scope_matches(scopes: Sequence[str], route: str) -> bool:
    """The real server's scope test: equal, or the scope as a pattern where each `{param}`
    stands for `[a-zA-Z0-9_-]+`, found anywhere in "METHOD /path"."""
    if route in scopes:
        return True
    for scope in scopes:
        try:
            pattern = re.compile(_PLACEHOLDER.sub("[a-zA-Z0-9_-]+", scope))
        except re.error:
            continue
        if pattern.search(route):
            return True
    return False


def _key_caller(store: Store, record: KeyRecord) -> Caller | None:
    roles = store.roles_of(record.user_id)
    if not roles:
        # The real lookup joins the user's organizations: a user of none is unknown.
        return None
    if record.role != 1:
        roles = dict.fromkeys(roles, 0)
    return Caller(record.user_id, roles)


def _admin_caller(store: Store, headers: Sequence[tuple[str, str]]) -> Caller | None:
    org = parse_uuid(header(headers, "TR-Organization") or header(headers, "x-organization") or "")
    if org is None:
        dataset = parse_uuid(_either(headers, "TR-Dataset", "x-dataset") or "")
        org = None if dataset is None else store.dataset_organization(dataset)
    owner = None if org is None else store.an_owner_of(org)
    return None if owner is None else Caller(owner, store.roles_of(owner))


def authenticate(
    store: Store, headers: Sequence[tuple[str, str]], method: str, path: str, admin_key: str | None
) -> Caller | None:
    """Run the middleware: the caller (None without a known key) or a Refusal."""
    raw = presented_key(headers)
    caller: Caller | None = None
    record: KeyRecord | None = None
    if raw is not None:
        if admin_key is not None and raw == admin_key:
            caller = _admin_caller(store, headers)
        if caller is None:
            record = store.find_api_key(raw)
            caller = None if record is None else _key_caller(store, record)
            record = record if caller is not None else None
    dataset_header = _either(headers, "TR-Dataset", "x-dataset")
    if dataset_header is not None:
        dataset, org = _dataset_org(store, headers, dataset_header)
        if record is not None and caller is not None:
            # The limit holds the dataset's id, however the header names the dataset.
            _apply_limits(record, caller, org, dataset, f"{method} {path}")
    else:
        org_header = _either(headers, "TR-Organization", "x-organization")
        if org_header is None:
            return caller
        named = parse_uuid(org_header)
        if named is None:
            raise Refusal(400, "Could not convert Organization to UUID")
        org = named
    if caller is not None and org not in caller.roles:
        raise Refusal(403, "Forbidden")
    return caller


def _dataset_org(store: Store, headers: Sequence[tuple[str, str]], value: str) -> tuple[str, str]:
    """(dataset id, organization id) of the dataset a `TR-Dataset` value names."""
    dataset = parse_uuid(value)
    if dataset is None:
        org_header = _either(headers, "TR-Organization", "x-organization")
        if org_header is None:
            raise Refusal(
                400, "Using Dataset Tracking IDs requires providing the TR-Organization header"
            )
        if parse_uuid(org_header) is None:
            raise Refusal(400, "Could not convert Organization to UUID")
    found = resolve_dataset(store, value, _either(headers, "TR-Organization", "x-organization"))
    if found is None:
        raise Refusal(404, "Not Found: Dataset not found")
    return found


def resolve_dataset(store: Store, value: str, org_header: str | None) -> tuple[str, str] | None:
    """(dataset id, organization id) for a `TR-Dataset` value: an id, or a tracking id within
    the `TR-Organization` (server/src/middleware/auth_middleware.rs, `get_role_for_org`'s caller:
    a value that is not a UUID is looked up as a tracking id in the named organization)."""
    dataset = parse_uuid(value)
    if dataset is not None:
        rows = store.sql(
            "SELECT id, organization_id FROM datasets WHERE id = ? AND deleted = 0", (dataset,)
        )
    else:
        org = None if org_header is None else parse_uuid(org_header)
        rows = store.sql(
            "SELECT id, organization_id FROM datasets WHERE tracking_id = ? "
            "AND organization_id = ? AND deleted = 0",
            (value, org),
        )
    return None if not rows else (str(rows[0][0]), str(rows[0][1]))


def _apply_limits(
    record: KeyRecord, caller: Caller, org: str, dataset: str | None, route: str
) -> None:
    if record.organization_ids and org not in record.organization_ids:
        raise Refusal(401, "Unauthorized")
    if record.dataset_ids and dataset not in record.dataset_ids:
        raise Refusal(401, "Unauthorized")
    if record.scopes:
        if not scope_matches(record.scopes, route):
            raise Refusal(401, "Unauthorized")
        if org in caller.roles:
            caller.roles[org] = 1
