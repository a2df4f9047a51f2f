"""Routing, authentication and the semantics of the four User endpoints.

Nothing here knows about sockets: a `Request` goes in, a `Response` comes out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from ._store import KeyRecord, Store
from ._validate import BodyError, canonical_uuid, decode_api_key_request, decode_update_request

NOT_MEMBER = "You are not a member of this organization"
HIGHER_ROLE = "Can not grant a user a higher role than that of the requesting user's"
NEEDS_ADMIN = "You must have an admin or owner role to update other users"
TARGET_NOT_MEMBER = (
    "The user who you would like to update the role of must be added to the specified org "
    "first before their role can be updated"
)


@dataclass(frozen=True)
class Request:
    """The parts of an HTTP request the endpoints look at."""

    method: str
    target: str
    authorization: str | None = None
    x_api_key: str | None = None
    content_type: str | None = None
    body: bytes = b""


@dataclass(frozen=True)
class Response:
    """An answer: `payload` is JSON-encoded; None means no body (204)."""

    status: int
    payload: object = None
    headers: tuple[tuple[str, str], ...] = ()
    close: bool = False


def message(status: int, text: str, *, close: bool = False) -> Response:
    """An ErrorResponseBody answer."""
    return Response(status, {"message": text}, close=close)


_Endpoint = Callable[[Store, KeyRecord, Request, Mapping[str, str]], Response]


@dataclass(frozen=True)
class _Route:
    template: str
    methods: Mapping[str, _Endpoint]

    def match(self, path: str) -> dict[str, str] | None:
        wanted, got = self.template.split("/"), path.split("/")
        if len(wanted) != len(got):
            return None
        params: dict[str, str] = {}
        for pattern, segment in zip(wanted, got, strict=True):
            if pattern.startswith("{"):
                if not segment:
                    return None
                params[pattern[1:-1]] = unquote(segment)
            elif pattern != segment:
                return None
        return params


def _authenticate(store: Store, request: Request) -> KeyRecord | None:
    # x-api-key counts only when there is no Authorization header at all, even an empty one.
    raw = request.authorization if request.authorization is not None else request.x_api_key
    if raw is None:
        return None
    raw = raw.strip()
    return store.find_api_key(raw.removeprefix("Bearer ").strip())


def _in_scope(key: KeyRecord, method: str, template: str, path: str) -> bool:
    # An empty scope list means every route; otherwise "METHOD /path" must be listed, with the
    # path written either as the route template or as the concrete path requested.
    return (
        not key.scopes or f"{method} {template}" in key.scopes or f"{method} {path}" in key.scopes
    )


def effective_role(store: Store, key: KeyRecord, organization_id: str) -> int | None:
    """The role a key acts with in an organization, or None when it cannot act there.

    A key limited to some organizations sees only those; a read-only (role 0) key acts as a
    plain user, a read-and-write (role 1) key with its owner's own role.
    """
    if key.organization_ids and organization_id not in key.organization_ids:
        return None
    owner_role = store.role_of(key.user_id, organization_id)
    if owner_role is None:
        return None
    return owner_role if key.role == 1 else 0


def _set_user_api_key(
    store: Store, key: KeyRecord, request: Request, params: Mapping[str, str]
) -> Response:
    data = decode_api_key_request(request.body, request.content_type)
    plain = store.create_api_key(
        key.user_id,
        data.name,
        1 if data.role == 1 else 0,
        data.dataset_ids,
        data.organization_ids,
        data.scopes,
    )
    return Response(200, {"api_key": plain})


def _get_user_api_keys(
    store: Store, key: KeyRecord, request: Request, params: Mapping[str, str]
) -> Response:
    return Response(200, store.list_api_keys(key.user_id))


def _delete_user_api_key(
    store: Store, key: KeyRecord, request: Request, params: Mapping[str, str]
) -> Response:
    key_id = canonical_uuid(params["api_key_id"])
    if key_id is None:
        return message(400, "Invalid api_key_id: expected a UUID")
    store.delete_api_key(key.user_id, key_id)
    return Response(204)


def _update_user(
    store: Store, key: KeyRecord, request: Request, params: Mapping[str, str]
) -> Response:
    data = decode_update_request(request.body, request.content_type)
    with store.transaction():
        caller_role = effective_role(store, key, data.organization_id)
        if caller_role is None:
            return message(400, NOT_MEMBER)
        if data.role > caller_role:
            return message(400, HIGHER_ROLE)
        target = key.user_id
        if data.user_id is not None:
            if caller_role < 1:
                return message(400, NEEDS_ADMIN)
            if store.role_of(data.user_id, data.organization_id) is None:
                return message(400, TARGET_NOT_MEMBER)
            target = data.user_id
        store.set_role(target, data.organization_id, data.role if data.role in (1, 2) else 0)
    return Response(204)


_ROUTES = (
    _Route("/api/user", {"PUT": _update_user}),
    _Route("/api/user/api_key", {"GET": _get_user_api_keys, "POST": _set_user_api_key}),
    _Route("/api/user/api_key/{api_key_id}", {"DELETE": _delete_user_api_key}),
)


def dispatch(store: Store, request: Request) -> Response:
    """Answer one request: route (404/405), authenticate (401), scope (403), then serve."""
    path = request.target.partition("?")[0].partition("#")[0]
    for route in _ROUTES:
        params = route.match(path)
        if params is None:
            continue
        endpoint = route.methods.get(request.method)
        if endpoint is None:
            allow = (("Allow", ", ".join(route.methods)),)
            return Response(405, {"message": "Method Not Allowed"}, allow)
        key = _authenticate(store, request)
        if key is None:
            return message(401, "Unauthorized")
        if not _in_scope(key, request.method, route.template, path):
            return message(403, "Forbidden")
        try:
            return endpoint(store, key, request, params)
        except BodyError as exc:
            return message(400, f"Json Deserialization Error: {exc.detail}")
    return message(404, "Not Found")
