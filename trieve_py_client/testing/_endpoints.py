"""Routing, checks in the real server's order, and the semantics of the four User endpoints;
every other operation is checked and answered from the spec (`_requests`, `_generic`).

Nothing here knows about sockets: a `Request` goes in, a `Response` comes out.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote

from ._analytics import record_search
from ._auth import Caller, Refusal, authenticate, header
from ._ctx import Answer, Ctx, Handler, Reply
from ._generic import answer
from ._requests import AUTH_FIRST, check_body, check_caller, check_parameters
from ._routes import CONTENT_ROUTES
from ._spec import Operation, Spec
from ._spec import load as load_spec
from ._store import Store
from ._validate import (
    BodyError,
    content_type_error,
    decode_api_key_request,
    decode_update_request,
    is_json_media_type,
    overflow_error,
    parse_uuid,
    uuid_error,
)

NOT_MEMBER = "You are not a member of this organization"
HIGHER_ROLE = "Can not grant a user a higher role than that of the requesting user's"
NEEDS_ADMIN = "You must have an admin or owner role to update other users"
NO_SUCH_USER = "Error loading user by itself for get_user_by_id_query"
TARGET_NOT_MEMBER = (
    "The user who you would like to update the role of must be added to the specified org "
    "first before their role can be updated"
)


@dataclass(frozen=True)
class Request:
    """The parts of an HTTP request the endpoints look at."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    # Set when the body was over the limit and left unread: its declared length, or -1.
    oversize: int | None = None


@dataclass(frozen=True)
class Response:
    """An answer: `payload` is JSON-encoded; None means an empty body."""

    status: int
    payload: object = None
    headers: tuple[tuple[str, str], ...] = ()
    close: bool = False
    # A streamed answer: these parts, each its own write (`payload` is then None).
    stream: tuple[bytes, ...] | None = None


@dataclass(frozen=True)
class Settings:
    """What the endpoints need to know about the server they run in."""

    max_body_bytes: int
    admin_api_key: str | None = None
    shuffle_lists: bool = True
    rng: random.Random = field(default_factory=random.Random)


def message(status: int, text: str, *, close: bool = False) -> Response:
    """An ErrorResponseBody answer."""
    return Response(status, {"message": text}, close=close)


def _json_body(request: Request, settings: Settings) -> bytes:
    if not is_json_media_type(header(request.headers, "Content-Type")):
        raise content_type_error()
    if request.oversize is not None:
        length = None if request.oversize < 0 else request.oversize
        raise overflow_error(length, settings.max_body_bytes)
    return request.body


def _caller(caller: Caller | None) -> Caller:
    if caller is None:
        raise Refusal(401, "Unauthorized")
    return caller


def _set_user_api_key(
    store: Store, caller: Caller | None, request: Request, param: str | None, settings: Settings
) -> Response:
    user = _caller(caller)
    data = decode_api_key_request(_json_body(request, settings))
    if "\x00" in data.name or any("\x00" in scope for scope in data.scopes or ()):
        # PostgreSQL refuses NUL in text; the real server reports the failed insert.
        return message(400, "Failed to set new API key for user")
    plain = store.create_api_key(
        user.user_id,
        data.name,
        1 if data.role == 1 else 0,
        data.dataset_ids,
        data.organization_ids,
        data.scopes,
    )
    return Response(200, {"api_key": plain})


def _get_user_api_keys(
    store: Store, caller: Caller | None, request: Request, param: str | None, settings: Settings
) -> Response:
    keys = store.list_api_keys(_caller(caller).user_id)
    if settings.shuffle_lists:
        # The real server sets no order: a test that relies on one should fail here too.
        settings.rng.shuffle(keys)
    return Response(200, keys)


def _delete_user_api_key(
    store: Store, caller: Caller | None, request: Request, param: str | None, settings: Settings
) -> Response:
    text = param or ""
    key_id = parse_uuid(text)
    if key_id is None:
        return message(400, f"Path deserialize error: UUID parsing failed: {uuid_error(text)}")
    store.delete_api_key(_caller(caller).user_id, key_id)
    return Response(204)


def _update_user(
    store: Store, caller: Caller | None, request: Request, param: str | None, settings: Settings
) -> Response:
    data = decode_update_request(_json_body(request, settings))
    user = _caller(caller)
    with store.transaction():
        caller_role = user.roles.get(data.organization_id)
        if caller_role is None:
            return message(400, NOT_MEMBER)
        if data.role > caller_role:
            return message(400, HIGHER_ROLE)
        target = user.user_id
        if data.user_id is not None:
            if caller_role < 1:
                return message(400, NEEDS_ADMIN)
            if not store.user_exists(data.user_id):
                return message(400, NO_SUCH_USER)
            if store.role_of(data.user_id, data.organization_id) is None:
                return message(400, TARGET_NOT_MEMBER)
            target = data.user_id
        store.set_role(target, data.organization_id, data.role if data.role in (1, 2) else 0)
    return Response(204)


_Endpoint = Callable[[Store, "Caller | None", Request, "str | None", Settings], Response]
_ROUTES: tuple[tuple[str, bool, dict[str, _Endpoint]], ...] = (
    ("/api/user", False, {"PUT": _update_user}),
    ("/api/user/api_key", False, {"GET": _get_user_api_keys, "POST": _set_user_api_key}),
    ("/api/user/api_key/", True, {"DELETE": _delete_user_api_key}),
)


def _content_endpoint(handler: Handler, params: dict[str, str]) -> _Endpoint:
    def endpoint(
        store: Store, caller: Caller | None, request: Request, _: str | None, settings: Settings
    ) -> Response:
        query = request.target.partition("?")[2]
        ctx = Ctx(store, caller, request.method, request.headers, request.body, params)
        ctx.query = {
            unquote(k): unquote(v)
            for k, _eq, v in (part.partition("=") for part in query.split("&") if part)
        }
        try:
            status, payload = handler(ctx)
        except Answer as refused:
            return message(refused.status, refused.text)
        if isinstance(payload, Reply):
            return Response(status, payload.payload, payload.headers, stream=payload.parts)
        return Response(status, payload)

    return endpoint


def _content_route(path: str) -> dict[str, _Endpoint] | None:
    # The stateful routes (datasets, chunks, search, groups), each module's own table.
    methods: dict[str, _Endpoint] = {}
    for method, pattern, handler in CONTENT_ROUTES:
        found = pattern.match(path)
        if found is not None and method not in methods:
            methods[method] = _content_endpoint(
                handler, {k: unquote(v) for k, v in found.groupdict().items()}
            )
    return methods or None


def route(path: str) -> tuple[dict[str, _Endpoint], str | None] | None:
    """The methods served at a path and its path parameter, or None for an unknown path."""
    content = _content_route(path)
    if content is not None:
        return content, None
    for prefix, has_param, methods in _ROUTES:
        if not has_param and path == prefix:
            return methods, None
        if has_param and path.startswith(prefix):
            segment = path[len(prefix) :]
            if segment and "/" not in segment:
                return methods, unquote(segment)
    return None


def cors_headers(request: Request) -> tuple[tuple[str, str], ...]:
    """Permissive CORS, echoing the origin, as the real server's CORS layer does."""
    origin = header(request.headers, "Origin")
    if origin is None:
        return ()
    return (
        ("Access-Control-Allow-Origin", origin),
        ("Access-Control-Allow-Credentials", "true"),
        ("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"),
    )


def _preflight(request: Request) -> Response | None:
    wanted = header(request.headers, "Access-Control-Request-Method")
    if request.method != "OPTIONS" or wanted is None or header(request.headers, "Origin") is None:
        return None
    extra = [("Access-Control-Allow-Methods", wanted), ("Access-Control-Max-Age", "3600")]
    asked = header(request.headers, "Access-Control-Request-Headers")
    if asked is not None:
        extra.append(("Access-Control-Allow-Headers", asked))
    return Response(200, None, tuple(extra))


def check_request(
    store: Store,
    spec: Spec,
    operation: Operation,
    caller: Caller | None,
    request: Request,
    path_params: dict[str, str],
    query: str,
    settings: Settings,
) -> None:
    """Refuse what the operation's handler would refuse before doing anything, in its order."""
    if operation.id in AUTH_FIRST:
        check_caller(store, operation, caller, request.headers, settings.admin_api_key)
    body = request.body
    check_body(spec, operation, body, request.headers, request.oversize, settings.max_body_bytes)
    check_parameters(operation, path_params, query)
    check_caller(store, operation, caller, request.headers, settings.admin_api_key)


def dispatch(store: Store, request: Request, settings: Settings) -> Response:
    """Answer one request, making each check where the real server makes it."""
    preflight = _preflight(request)
    if preflight is not None:
        return preflight
    path, _, query = request.target.partition("#")[0].partition("?")
    try:
        # The middleware runs on every path, before routing.
        caller = authenticate(store, request.headers, request.method, path, settings.admin_api_key)
        found = route(path)
        methods, param = found if found is not None else ({}, None)
        spec = load_spec()
        operation, path_params, allowed = spec.match(request.method, path)
        endpoint = methods.get(request.method)
        if operation is None:
            if endpoint is not None:
                return endpoint(store, caller, request, param, settings)
            if not methods and not allowed:
                return Response(404)
            return Response(405, None, (("Allow", ", ".join(dict.fromkeys([*methods, *allowed]))),))
        # Every operation's request is checked against the spec before its endpoint runs.
        check_request(store, spec, operation, caller, request, path_params, query, settings)
        if endpoint is not None:
            response = endpoint(store, caller, request, param, settings)
        else:
            body = json.loads(request.body) if operation.body_schema and request.body else None
            status, payload, headers = answer(
                spec, store, caller, operation, request.headers, path_params, body
            )
            response = Response(status, payload, headers)
        record_search(
            store,
            operation.id,
            caller,
            request.headers,
            request.body,
            response.status,
            response.payload,
        )
        return response
    except Refusal as refusal:
        return message(refusal.status, refusal.text)
    except BodyError as exc:
        return message(400, exc.message, close=request.oversize is not None)
