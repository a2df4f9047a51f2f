"""The local server's endpoints, auth rules and Python API, spoken to with http.client only."""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import FrozenInstanceError, dataclass
from typing import Any

import pytest
from support import KEY_VALUE, KEYS_PATH

from trieve_py_client.testing import LocalTrieveServer, SeededUser
from trieve_py_client.testing._store import Store

DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3}|\.\d{6})?")
KEY_FIELDS = {
    "id",
    "user_id",
    "name",
    "role",
    "dataset_ids",
    "organization_ids",
    "created_at",
    "updated_at",
}
NOT_MEMBER = "You are not a member of this organization"
HIGHER = "Can not grant a user a higher role than that of the requesting user's"
NEEDS_ADMIN = "You must have an admin or owner role to update other users"
TARGET_OUT = (
    "The user who you would like to update the role of must be added to the specified org "
    "first before their role can be updated"
)
NO_SUCH_USER = "Error loading user by itself for get_user_by_id_query"


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def message(self) -> str:
        text: str = self.json()["message"]
        return text


def exchange(
    server: LocalTrieveServer,
    method: str,
    path: str,
    headers: dict[str, str],
    body: bytes | None = None,
) -> Reply:
    """One request on a fresh connection; checks the framing every JSON answer must have."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        reply = Reply(response.status, response.headers, response.read())
    finally:
        conn.close()
    if reply.status == 204:
        assert reply.body == b""
    else:
        assert reply.headers["Content-Type"] == "application/json"
        assert int(reply.headers["Content-Length"]) == len(reply.body)
        reply.json()
    return reply


def call(
    server: LocalTrieveServer,
    method: str,
    path: str,
    payload: object = None,
    *,
    key: str | None = None,
) -> Reply:
    """A request as the SDK sends it, with the owner's key unless another is given."""
    headers = {"Authorization": key or server.api_key, "Accept": "application/json"}
    body = None
    if payload is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(payload).encode()
    return exchange(server, method, path, headers, body)


def mint(server: LocalTrieveServer, key: str | None = None, **fields: object) -> str:
    reply = call(server, "POST", KEYS_PATH, {"name": "minted", "role": 1, **fields}, key=key)
    assert reply.status == 200, reply.body
    minted: str = reply.json()["api_key"]
    return minted


def keys_of(server: LocalTrieveServer, key: str | None = None) -> list[dict[str, Any]]:
    reply = call(server, "GET", KEYS_PATH, key=key)
    assert reply.status == 200
    listed: list[dict[str, Any]] = reply.json()
    return listed


@pytest.fixture
def server() -> Iterator[LocalTrieveServer]:
    with LocalTrieveServer(shuffle_lists=False) as srv:
        yield srv


# --- set / get / delete -------------------------------------------------------------------


def test_set_user_api_key_returns_a_new_working_key(server: LocalTrieveServer) -> None:
    reply = call(server, "POST", KEYS_PATH, {"name": "ci", "role": 1})
    assert reply.status == 200
    assert set(reply.json()) == {"api_key"}
    key = reply.json()["api_key"]
    assert KEY_VALUE.fullmatch(key)
    assert key != server.api_key
    assert call(server, "GET", KEYS_PATH, key=key).status == 200
    assert server.api_key_count(server.user_id) == 2


def test_get_user_api_keys_lists_own_keys_oldest_first(server: LocalTrieveServer) -> None:
    first, second = mint(server, name="first"), mint(server, name="second", role=0)
    listed = keys_of(server)
    assert [k["name"] for k in listed] == ["local-server", "first", "second"]
    assert [k["role"] for k in listed] == [1, 1, 0]
    for entry in listed:
        assert set(entry) == KEY_FIELDS
        assert entry["user_id"] == server.user_id
        assert uuid.UUID(entry["id"])
        assert DATE_RE.fullmatch(entry["created_at"])
        assert DATE_RE.fullmatch(entry["updated_at"])
        assert entry["updated_at"] >= entry["created_at"][:19]
    text = json.dumps(listed)
    for plain in (server.api_key, first, second):
        assert plain not in text
        assert hashlib.sha256(plain.encode()).hexdigest() not in text


def test_get_user_api_keys_never_shows_other_users_keys(server: LocalTrieveServer) -> None:
    other = server.add_user(role=0)
    mint(server, key=other.api_key, name="theirs")
    assert [k["name"] for k in keys_of(server)] == ["local-server"]
    assert [k["name"] for k in keys_of(server, other.api_key)] == ["local-server", "theirs"]


@pytest.mark.parametrize(
    ("limits", "dataset_ids", "organization_ids"),
    [
        ({}, None, None),
        ({"dataset_ids": None, "organization_ids": None, "scopes": None}, None, None),
        ({"dataset_ids": [], "organization_ids": [], "scopes": []}, [], []),
        (
            {
                "dataset_ids": ["0b8a2a35-5d3e-4c1e-9a43-8f0e2d1c9b7a"],
                "organization_ids": ["ORG"],
                "scopes": ["GET /api/user/api_key"],
            },
            ["0b8a2a35-5d3e-4c1e-9a43-8f0e2d1c9b7a"],
            ["ORG"],
        ),
    ],
)
def test_limits_are_returned_as_sent(
    server: LocalTrieveServer,
    limits: dict[str, Any],
    dataset_ids: list[str] | None,
    organization_ids: list[str] | None,
) -> None:
    def fill(value: Any) -> Any:
        if isinstance(value, list):
            return [server.organization_id if item == "ORG" else item for item in value]
        return value

    mint(server, **{name: fill(value) for name, value in limits.items()})
    entry = keys_of(server)[-1]
    assert entry["dataset_ids"] == dataset_ids
    assert entry["organization_ids"] == fill(organization_ids)


@pytest.mark.parametrize(("sent", "stored"), [(0, 0), (1, 1), (2, 0), (-1, 0), (2**31 - 1, 0)])
def test_key_role_other_than_1_is_stored_as_0(
    server: LocalTrieveServer, sent: int, stored: int
) -> None:
    mint(server, role=sent)
    assert keys_of(server)[-1]["role"] == stored


def test_delete_user_api_key_revokes_at_once_and_is_idempotent(server: LocalTrieveServer) -> None:
    key = mint(server, name="short-lived")
    key_id = keys_of(server)[-1]["id"]
    assert call(server, "GET", KEYS_PATH, key=key).status == 200
    assert call(server, "DELETE", f"{KEYS_PATH}/{key_id}").status == 204
    reply = call(server, "GET", KEYS_PATH, key=key)
    assert (reply.status, reply.message) == (401, "Unauthorized")
    assert call(server, "DELETE", f"{KEYS_PATH}/{key_id}").status == 204
    assert call(server, "DELETE", f"{KEYS_PATH}/{uuid.uuid4()}").status == 204
    assert server.api_key_count() == 1


def test_a_key_can_delete_itself(server: LocalTrieveServer) -> None:
    key = mint(server)
    key_id = keys_of(server)[-1]["id"]
    assert call(server, "DELETE", f"{KEYS_PATH}/{key_id}", key=key).status == 204
    assert call(server, "GET", KEYS_PATH, key=key).status == 401


def test_delete_only_touches_the_callers_keys(server: LocalTrieveServer) -> None:
    other = server.add_user(role=2)
    owner_key_id = keys_of(server)[0]["id"]
    assert call(server, "DELETE", f"{KEYS_PATH}/{owner_key_id}", key=other.api_key).status == 204
    assert call(server, "GET", KEYS_PATH).status == 200
    assert server.api_key_count(server.user_id) == 1


@pytest.mark.parametrize(
    "form",
    [str.upper, lambda s: s.replace("-", ""), lambda s: f"{{{s}}}", lambda s: f"urn:uuid:{s}"],
)
def test_delete_accepts_other_uuid_spellings(server: LocalTrieveServer, form: Any) -> None:
    key = mint(server)
    key_id = keys_of(server)[-1]["id"]
    assert call(server, "DELETE", f"{KEYS_PATH}/{form(key_id)}").status == 204
    assert call(server, "GET", KEYS_PATH, key=key).status == 401


@pytest.mark.parametrize(
    "bad_id", ["nope", "123", "0b8a2a35-5d3e-4c1e-9a43-8f0e2d1c9b7a0", "%20", "g" * 32]
)
def test_delete_with_a_non_uuid_id_is_400(server: LocalTrieveServer, bad_id: str) -> None:
    reply = call(server, "DELETE", f"{KEYS_PATH}/{bad_id}")
    assert reply.status == 400
    assert "UUID" in reply.message
    assert server.api_key_count() == 1


# --- authentication -----------------------------------------------------------------------

ENDPOINTS = [
    ("GET", KEYS_PATH),
    ("POST", KEYS_PATH),
    ("DELETE", f"{KEYS_PATH}/0b8a2a35-5d3e-4c1e-9a43-8f0e2d1c9b7a"),
    ("PUT", "/api/user"),
]


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "KEY"}, 200),
        ({"Authorization": "Bearer KEY"}, 200),
        ({"x-api-key": "KEY"}, 200),
        ({"X-API-KEY": "KEY"}, 200),
        ({"Authorization": "tr-" + "a" * 32}, 401),
        ({"Authorization": "garbage"}, 401),
        ({"Authorization": "Bearer "}, 401),
        ({"Authorization": "KEYx"}, 401),
        ({"Authorization": "bad", "x-api-key": "KEY"}, 401),
        ({"Authorization": "", "x-api-key": "KEY"}, 401),
        ({"Authorization": "KEY", "x-api-key": "bad"}, 200),
        ({"Authorization": "Bearer KEY", "x-api-key": "bad"}, 200),
    ],
)
def test_authentication_headers(
    server: LocalTrieveServer, headers: dict[str, str], status: int
) -> None:
    sent = {name: value.replace("KEY", server.api_key) for name, value in headers.items()}
    reply = exchange(server, "GET", KEYS_PATH, sent)
    assert reply.status == status
    if status == 401:
        assert reply.json() == {"message": "Unauthorized"}


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
def test_every_endpoint_needs_a_key(server: LocalTrieveServer, method: str, path: str) -> None:
    body = json.dumps({"name": "n", "role": 0, "organization_id": server.organization_id})
    reply = exchange(server, method, path, {"Content-Type": "application/json"}, body.encode())
    assert (reply.status, reply.json()) == (401, {"message": "Unauthorized"})


@pytest.mark.parametrize(
    ("scopes", "allowed"),
    [
        (["GET /api/user/api_key"], {"GET"}),
        (["POST /api/user/api_key", "PUT /api/user"], {"POST", "PUT"}),
        (["DELETE /api/user/api_key/{api_key_id}"], {"DELETE"}),
        ([], {"GET", "POST", "PUT", "DELETE"}),
    ],
)
def test_scopes_limit_the_routes_a_key_may_call(
    server: LocalTrieveServer, scopes: list[str], allowed: set[str]
) -> None:
    key = mint(server, scopes=scopes)
    bodies: dict[str, object] = {
        "POST": {"name": "n", "role": 0},
        "PUT": {"organization_id": server.organization_id, "role": 2},
    }
    for method, path in ENDPOINTS:
        reply = call(server, method, path, bodies.get(method), key=key)
        # Without a dataset header the real server ignores scopes: every route is open.
        assert reply.status in (200, 204), (method, allowed, reply.body)


# --- update_user --------------------------------------------------------------------------


@dataclass(frozen=True)
class Cast:
    """The people of an update_user scenario, by name."""

    ids: dict[str, str]
    keys: dict[str, str]
    orgs: dict[str, str]


@pytest.fixture
def cast(server: LocalTrieveServer) -> Cast:
    admin, user, outsider = server.add_user(1), server.add_user(0), server.add_user(None)
    other_org = server.add_organization("Other", owner=outsider.user_id)
    return Cast(
        ids={
            "owner": server.user_id,
            "admin": admin.user_id,
            "user": user.user_id,
            "outsider": outsider.user_id,
            "nobody": str(uuid.uuid4()),
        },
        keys={
            "owner": server.api_key,
            "admin": admin.api_key,
            "user": user.api_key,
            "outsider": outsider.api_key,
            "owner-read-only": mint(server, role=0),
            "owner-in-other-only": mint(server, organization_ids=[other_org]),
        },
        orgs={"seeded": server.organization_id, "other": other_org, "none": str(uuid.uuid4())},
    )


@pytest.mark.parametrize(
    ("caller", "org", "target", "role", "error", "stored"),
    [
        ("owner", "seeded", None, 2, None, ("owner", 2)),
        ("owner", "seeded", "user", 1, None, ("user", 1)),
        ("owner", "seeded", "user", 2, None, ("user", 2)),
        ("owner", "seeded", "admin", -3, None, ("admin", 0)),
        ("owner", "seeded", "owner", 1, None, ("owner", 1)),
        ("admin", "seeded", "user", 1, None, ("user", 1)),
        ("admin", "seeded", "owner", 0, None, ("owner", 0)),
        ("admin", "seeded", "user", 2, HIGHER, ("user", 0)),
        ("admin", "seeded", None, 2, HIGHER, ("admin", 1)),
        ("user", "seeded", None, 0, None, ("user", 0)),
        ("user", "seeded", None, 1, HIGHER, ("user", 0)),
        ("user", "seeded", "admin", 0, NEEDS_ADMIN, ("admin", 1)),
        ("user", "seeded", "user", 0, NEEDS_ADMIN, ("user", 0)),
        ("user", "seeded", "admin", 2, HIGHER, ("admin", 1)),
        ("outsider", "seeded", None, 0, NOT_MEMBER, ("outsider", None)),
        ("outsider", "seeded", "user", 5, NOT_MEMBER, ("user", 0)),
        ("owner", "other", None, 0, NOT_MEMBER, ("owner", None)),
        ("owner", "none", None, 0, NOT_MEMBER, ("owner", None)),
        ("owner", "seeded", "outsider", 0, TARGET_OUT, ("outsider", None)),
        ("owner", "seeded", "nobody", 0, NO_SUCH_USER, ("nobody", None)),
        ("owner-read-only", "seeded", "user", 0, NEEDS_ADMIN, ("user", 0)),
        ("owner-read-only", "seeded", None, 1, HIGHER, ("owner", 2)),
        ("owner-read-only", "seeded", None, 0, None, ("owner", 0)),
        ("owner-in-other-only", "seeded", None, 1, None, ("owner", 1)),
        ("outsider", "other", "outsider", 2, None, ("outsider", 2)),
    ],
)
def test_update_user_rules(
    server: LocalTrieveServer,
    cast: Cast,
    caller: str,
    org: str,
    target: str | None,
    role: int,
    error: str | None,
    stored: tuple[str, int | None],
) -> None:
    payload: dict[str, object] = {"organization_id": cast.orgs[org], "role": role}
    if target is not None:
        payload["user_id"] = cast.ids[target]
    reply = call(server, "PUT", "/api/user", payload, key=cast.keys[caller])
    if error is None:
        assert reply.status == 204, reply.body
    else:
        assert (reply.status, reply.json()) == (400, {"message": error})
    whom, expected = stored
    assert server.role_of(cast.ids[whom], cast.orgs[org]) == expected


def test_update_user_with_explicit_null_user_id_changes_the_caller(
    server: LocalTrieveServer,
) -> None:
    admin = server.add_user(1)
    payload = {"organization_id": server.organization_id, "role": 0, "user_id": None}
    assert call(server, "PUT", "/api/user", payload, key=admin.api_key).status == 204
    assert server.role_of(admin.user_id, server.organization_id) == 0


def test_org_limited_key_acts_in_its_organization(server: LocalTrieveServer) -> None:
    other = server.add_organization("Other", owner=server.user_id)
    key = mint(server, organization_ids=[other])
    payload = {"organization_id": other, "role": 1}
    assert call(server, "PUT", "/api/user", payload, key=key).status == 204
    assert server.role_of(server.user_id, other) == 1


# --- bodies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type", ["application/json; charset=utf-8", "Application/JSON", "application/vnd+json"]
)
def test_json_content_type_variants_are_accepted(
    server: LocalTrieveServer, content_type: str
) -> None:
    headers = {"Authorization": server.api_key, "Content-Type": content_type}
    reply = exchange(server, "POST", KEYS_PATH, headers, b'{"name": "n", "role": 0}')
    assert reply.status == 200


def test_unknown_fields_are_ignored(server: LocalTrieveServer) -> None:
    payload = {"name": "n", "role": 0, "extra": {"deep": [1, None]}, "scopes": None}
    assert call(server, "POST", KEYS_PATH, payload).status == 200
    update = {"organization_id": server.organization_id, "role": 2, "color": "blue"}
    assert call(server, "PUT", "/api/user", update).status == 204


@pytest.mark.parametrize("name", ["", "ünïcödé ✓", "x" * 1_000_000])
def test_names_are_kept_exactly(server: LocalTrieveServer, name: str) -> None:
    mint(server, name=name)
    assert keys_of(server)[-1]["name"] == name


def test_unexpected_errors_are_500_and_the_server_goes_on(
    server: LocalTrieveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(self: Store, user_id: str) -> list[dict[str, object]]:
        raise RuntimeError("boom")

    with monkeypatch.context() as patch:
        patch.setattr(Store, "list_api_keys", explode)
        reply = call(server, "GET", KEYS_PATH)
    assert (reply.status, reply.json()) == (500, {"message": "Internal Server Error"})
    assert b"boom" not in reply.body
    assert call(server, "GET", KEYS_PATH).status == 200


# --- Python API ---------------------------------------------------------------------------


def test_seeded_state(server: LocalTrieveServer) -> None:
    assert server.url == f"http://127.0.0.1:{server.port}"
    assert KEY_VALUE.fullmatch(server.api_key)
    assert server.role_of(server.user_id, server.organization_id) == 2
    assert server.api_key_count() == server.api_key_count(server.user_id) == 1
    assert not server.reused_database
    assert keys_of(server)[0]["role"] == 1


def test_add_user_and_memberships(server: LocalTrieveServer) -> None:
    member = server.add_user(role=1)
    assert member == SeededUser(member.user_id, member.api_key, server.organization_id, 1)
    assert server.role_of(member.user_id, server.organization_id) == 1
    loner = server.add_user(role=None)
    assert (loner.organization_id, loner.role) == (None, None)
    # A user of no organization is unknown to the real server's key lookup.
    assert call(server, "GET", KEYS_PATH, key=loner.api_key).status == 401
    assert server.role_of(loner.user_id, server.organization_id) is None
    org = server.add_organization(name="Other")
    assert server.role_of(server.user_id, org) is None
    server.add_member(loner.user_id, org, 0)
    server.add_member(loner.user_id, org, 2)
    assert server.role_of(loner.user_id, org) == 2
    third = server.add_user(role=0, organization_id=org)
    assert (third.organization_id, server.role_of(third.user_id, org)) == (org, 0)
    assert server.api_key_count() == 4
    assert server.api_key_count(member.user_id) == 1
    assert server.api_key_count("not-a-uuid") == 0
    assert call(server, "GET", KEYS_PATH, key=loner.api_key).status == 200


def test_seeded_user_is_frozen_and_hides_its_key(server: LocalTrieveServer) -> None:
    user = server.add_user()
    assert user.api_key not in repr(user)
    with pytest.raises(FrozenInstanceError):
        user.role = 2  # type: ignore[misc]


@pytest.mark.parametrize("role", [3, -1, True])
def test_helpers_reject_unknown_roles(server: LocalTrieveServer, role: int) -> None:
    with pytest.raises(ValueError, match="role"):
        server.add_user(role=role)
    with pytest.raises(ValueError, match="role"):
        server.add_member(server.user_id, server.organization_id, role)


def test_helpers_reject_unknown_ids(server: LocalTrieveServer) -> None:
    with pytest.raises(ValueError, match="organization"):
        server.add_user(organization_id=str(uuid.uuid4()))
    with pytest.raises(ValueError, match="user"):
        server.add_member(str(uuid.uuid4()), server.organization_id, 0)
    with pytest.raises(ValueError, match="user"):
        server.add_organization(owner="nope")


def test_lifecycle_without_with() -> None:
    server = LocalTrieveServer()
    with pytest.raises(RuntimeError):
        _ = server.api_key
    with pytest.raises(RuntimeError):
        server.add_user()
    assert server.start() is server
    assert server.start() is server
    port = server.port
    assert call(server, "GET", KEYS_PATH).status == 200
    server.stop()
    server.stop()
    with pytest.raises(RuntimeError):
        server.start()
    with pytest.raises(RuntimeError):
        server.add_user()
    with pytest.raises(ConnectionRefusedError):
        http.client.HTTPConnection("127.0.0.1", port, timeout=10).connect()
