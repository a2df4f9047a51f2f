"""Answers of the operations the local server keeps no state for: a body valid against the
operation's documented success response, built from its schema.

Values come from the request where it names them (a path parameter, the dataset or
organization of the request, the caller, a string field of its body) and from the stored state where the server has it
(the caller's organizations); everything else is the smallest valid value: required fields
only, empty lists, zero, the first value of an enum, the first member of a `oneOf`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from ._analytics import search_analytics
from ._auth import Caller, header
from ._spec import Operation, Spec
from ._store import Store
from ._timestamps import format_timestamp
from ._validate import parse_uuid

# Stands in for the Prometheus text of get_metrics: the queue gauges the real handler
# reports (server/src/handlers/metrics_handler.rs), all empty on a server with no queues.
METRICS_TEXT = (
    "# HELP ingest_queue_length Number of chunks waiting to be ingested\n"
    "# TYPE ingest_queue_length gauge\n"
    "ingest_queue_length 0\n"
)
_NAMESPACE = uuid.UUID("6f1d3e0c-4b7a-4c8e-9a51-0d9e3c2b7a10")


class Builder:
    """Builds a minimal valid value of a schema, taking named values where they fit."""

    def __init__(self, spec: Spec, hints: Mapping[str, object], now: str) -> None:
        self.spec = spec
        self.hints = hints
        self.now = now

    def build(self, schema: Mapping[str, Any], name: str = "", depth: int = 0) -> object:
        """A value of `schema`; `name` is the property it is for (its hint, if any)."""
        owner = ""
        if "$ref" in schema:
            owner = schema["$ref"].rsplit("/", 1)[1]
            schema = self.spec.resolve(dict(schema))
        if "allOf" in schema:
            if schema.get("nullable"):
                return None
            return self.build(schema["allOf"][0], name, depth)
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return self.build(variants[0], name, depth)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._object(schema, depth, owner)
        if kind == "array":
            return []
        if schema.get("nullable") and name not in self.hints:
            return None
        if kind == "string":
            return self._string(schema, name)
        if kind == "integer":
            return max(0, int(schema.get("minimum", 0)))
        if kind == "number":
            return float(schema.get("minimum", 0))
        if kind == "boolean":
            return False
        return {}

    def _object(self, schema: Mapping[str, Any], depth: int, owner: str) -> object:
        if schema.get("nullable") and depth > 0:
            return None
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        value = {
            key: self.build(sub, key, depth + 1)
            for key, sub in properties.items()
            if key in required or key in self.hints
        }
        # An Organization's id is the organization_id the request names, a Dataset's its
        # dataset_id, and so on.
        own_id = self.hints.get(re.sub(r"(?<!^)(?=[A-Z])", "_", owner).lower() + "_id")
        if "id" in value and isinstance(own_id, str) and parse_uuid(own_id) is not None:
            value["id"] = parse_uuid(own_id)
        return value

    def _string(self, schema: Mapping[str, Any], name: str) -> object:
        enum = schema.get("enum")
        if enum:
            return enum[0]
        hint = self.hints.get(name)
        fmt = schema.get("format")
        if fmt == "uuid":
            if isinstance(hint, str) and parse_uuid(hint) is not None:
                return parse_uuid(hint)
            return str(uuid.uuid5(_NAMESPACE, name))
        if fmt == "date-time":
            return self.now
        return hint if isinstance(hint, str) else ""


def _hints(
    store: Store,
    caller: Caller | None,
    headers: tuple[tuple[str, str], ...],
    path_params: Mapping[str, str],
) -> dict[str, object]:
    hints: dict[str, object] = dict(path_params)
    dataset = parse_uuid(header(headers, "TR-Dataset") or "")
    if dataset is not None:
        hints.setdefault("dataset_id", dataset)
        org = store.dataset_organization(dataset)
        if org is not None:
            hints.setdefault("organization_id", org)
    org_header = parse_uuid(header(headers, "TR-Organization") or "")
    if org_header is not None:
        hints.setdefault("organization_id", org_header)
    if caller is not None:
        hints.setdefault("user_id", caller.user_id)
    return hints


def answer(
    spec: Spec,
    store: Store,
    caller: Caller | None,
    operation: Operation,
    headers: tuple[tuple[str, str], ...],
    path_params: Mapping[str, str],
    body: object = None,
) -> tuple[int, object, tuple[tuple[str, str], ...]]:
    """(status, payload, headers) of the operation's documented success answer; a `bytes`
    payload is sent as it is (text/plain), any other as JSON, None as no body."""
    status, media = operation.success()
    if status in (301, 302, 303, 307, 308):
        # Login and the payment link send the browser elsewhere (the OIDC provider, Stripe
        # checkout); here the redirect leads to the health check, which answers 200.
        return status, None, (("Location", "/api/health"),)
    if media is None:
        return status, None, ()
    content_type, schema = media
    if content_type == "text/plain" and operation.role == "X-API-KEY":
        return status, METRICS_TEXT.encode(), (("Content-Type", "text/plain; charset=utf-8"),)
    now = format_timestamp(datetime.now(timezone.utc).replace(tzinfo=None))
    hints = _hints(store, caller, headers, path_params)
    if isinstance(body, dict):
        # What the request body says of the thing it creates or changes (a topic's name).
        hints = {**{k: v for k, v in body.items() if isinstance(v, str)}, **hints}
    builder = Builder(spec, hints, now)
    payload = builder.build(_answer_schema(spec, operation, schema, body))
    if operation.id == "get_search_analytics":
        dataset = parse_uuid(header(headers, "TR-Dataset") or "")
        found = search_analytics(store, dataset, body)
        payload = payload if found is None else found
    if operation.id == "get_me" and caller is not None and isinstance(payload, dict):
        payload.update(_me(spec, builder, caller))
    return status, payload, ()


def request_variant(spec: Spec, operation: Operation, body: object) -> int | None:
    """Which member of a tagged `oneOf` request body was sent (its place in the list)."""
    if operation.body_schema is None or not isinstance(body, dict):
        return None
    variants = spec.resolve(operation.body_schema).get("oneOf", ())
    for index, variant in enumerate(variants):
        for key, sub in spec.resolve(variant).get("properties", {}).items():
            if sub.get("enum") and len(sub["enum"]) == 1 and body.get(key) == sub["enum"][0]:
                return index
    return None


def _answer_schema(
    spec: Spec, operation: Operation, schema: dict[str, Any], body: object
) -> dict[str, Any]:
    """The member of a `oneOf` answer that the request's member asks for: the analytics
    handlers answer each member of their request enum with the response enum's member at
    the same place (utoipa lists both in declaration order)."""
    index = request_variant(spec, operation, body)
    members = spec.resolve(schema).get("oneOf", ())
    if index is not None and len(members) > index:
        return dict(members[index])
    return schema


def _me(spec: Spec, builder: Builder, caller: Caller) -> dict[str, object]:
    """The caller's SlimUser fields that the store knows: its id and organizations."""
    orgs = []
    user_orgs = []
    for org_id, role in sorted(caller.roles.items()):
        org = Builder(spec, {"id": org_id}, builder.now).build(
            {"$ref": "#/components/schemas/Organization"}
        )
        link = Builder(
            spec, {"organization_id": org_id, "user_id": caller.user_id}, builder.now
        ).build({"$ref": "#/components/schemas/UserOrganization"})
        if isinstance(link, dict):
            link["role"] = role
        orgs.append(org)
        user_orgs.append(link)
    return {"id": caller.user_id, "orgs": orgs, "user_orgs": user_orgs}
