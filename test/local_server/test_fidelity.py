"""The local server against the contract's text, request by request, spoken to with urllib3."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest
import urllib3
from support import KEYS_PATH

from trieve_py_client.testing import LocalTrieveServer
from trieve_py_client.testing._timestamps import format_timestamp

HINT_DATA = (
    "Ensure that the data in the JSON payload is valid and consistent with the expected schema."
)
HINT_SYNTAX = "Fix syntax errors in the JSON payload to adhere to JSON formatting rules."
HINT_EOF = "Ensure that the JSON payload is complete and not truncated."
HINT_TYPE = (
    "Ensure the content type request header of the HTTP request is set as "
    "`Content-Type: application/json`."
)
UUID_ERR = (
    "UUID parsing failed: invalid character: expected an optional prefix of `urn:uuid:` "
    "followed by [0-9a-fA-F-], found `x` at 1"
)
HTTP = urllib3.PoolManager(retries=False, timeout=10)


def body_error(kind: str, detail: str, hint: str) -> str:
    return f"Json Deserialization Error: *Type* : {kind} | *Message* : {detail} | {hint}"


def data(detail: str) -> str:
    return body_error("Data error in JSON", f"Json deserialize error: {detail}", HINT_DATA)


def send(
    server: LocalTrieveServer,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> urllib3.BaseHTTPResponse:
    return HTTP.request(method, server.url + path, body=body, headers=headers or {})


def answer(response: urllib3.BaseHTTPResponse) -> tuple[int, object]:
    return response.status, json.loads(response.data) if response.data else None


@pytest.fixture
def server() -> Iterator[LocalTrieveServer]:
    with LocalTrieveServer(shuffle_lists=False, admin_api_key="admin-secret") as srv:
        yield srv


# --- body errors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "body", "message"),
    [
        ("POST", b'{"role": 0}', data("missing field `name` at line 1 column 11")),
        (
            "POST",
            b'{"name": "n","role": "1"}',
            data('invalid type: string "1", expected i32 at line 1 column 24'),
        ),
        (
            "PUT",
            b'{"organization_id": "x", "role": 0}',
            data(f"{UUID_ERR} at line 1 column 23"),
        ),
        (
            "POST",
            b"not json",
            body_error(
                "Syntax error in JSON",
                "Json deserialize error: expected ident at line 1 column 2",
                HINT_SYNTAX,
            ),
        ),
        (
            "POST",
            b"",
            body_error(
                "Unexpected end of JSON input",
                "Json deserialize error: EOF while parsing a value at line 1 column 0",
                HINT_EOF,
            ),
        ),
        (
            "POST",
            b'{"name": "x", "ro',
            body_error(
                "Unexpected end of JSON input",
                "Json deserialize error: EOF while parsing a string at line 1 column 17",
                HINT_EOF,
            ),
        ),
        (
            "POST",
            b'{"name": 5, "role": 0}',
            data("invalid type: integer `5`, expected a string at line 1 column 10"),
        ),
        (
            "POST",
            b'{"name": "n", "role": 1.0}',
            data("invalid type: floating point `1.0`, expected i32 at line 1 column 25"),
        ),
        (
            "POST",
            b'{"name": "n", "role": 2147483648}',
            data("invalid value: integer `2147483648`, expected i32 at line 1 column 32"),
        ),
        (
            "POST",
            b'{"name": "n", "name": "m", "role": 0}',
            data("duplicate field `name` at line 1 column 20"),
        ),
        (
            "POST",
            b"[]",
            data(
                "invalid length 0, expected struct SetUserApiKeyRequest with 5 elements"
                " at line 1 column 2"
            ),
        ),
        ("PUT", b"{}", data("missing field `organization_id` at line 1 column 2")),
        (
            "POST",
            b'{"name": "n", "role": 0, "scopes": "x"}',
            data('invalid type: string "x", expected a sequence at line 1 column 38'),
        ),
    ],
)
def test_body_errors_are_the_real_servers_text(
    server: LocalTrieveServer, method: str, body: bytes, message: str
) -> None:
    path = KEYS_PATH if method == "POST" else "/api/user"
    headers = {"Authorization": server.api_key, "Content-Type": "application/json"}
    assert answer(send(server, method, path, body, headers)) == (400, {"message": message})
    assert server.api_key_count() == 2  # the seeded key and the admin key


@pytest.mark.parametrize(
    ("content_type", "status"),
    [
        (None, 200),
        ("application/json", 200),
        ("text/json", 200),
        ("application/vnd.api+json; charset=utf-8", 200),
        ("text/plain", 400),
        ("application/x-www-form-urlencoded", 400),
        ("", 400),
    ],
)
def test_content_types(server: LocalTrieveServer, content_type: str | None, status: int) -> None:
    headers = {"Authorization": server.api_key}
    if content_type is not None:
        headers["Content-Type"] = content_type
    response = send(server, "POST", KEYS_PATH, b'{"name": "n", "role": 0}', headers)
    assert response.status == status
    if status == 400:
        expected = body_error("Content type header error", "Content type error", HINT_TYPE)
        assert answer(response) == (400, {"message": expected})


def test_a_struct_may_come_as_an_array_and_unknown_fields_are_ignored(
    server: LocalTrieveServer,
) -> None:
    headers = {"Authorization": server.api_key}
    assert send(server, "POST", KEYS_PATH, b'["seq", 1, null, null, null]', headers).status == 200
    assert (
        send(server, "POST", KEYS_PATH, b'{"name": "n", "role": 0, "x": [{}]}', headers).status
        == 200
    )


def test_get_and_delete_bodies_are_ignored(server: LocalTrieveServer) -> None:
    headers = {"Authorization": server.api_key, "Content-Type": "text/plain"}
    assert send(server, "GET", KEYS_PATH, b"not json", headers).status == 200
    path = f"{KEYS_PATH}/{uuid.uuid4()}"
    assert send(server, "DELETE", path, b"not json", headers).status == 204


def test_a_nul_in_a_name_is_a_storage_failure(server: LocalTrieveServer) -> None:
    headers = {"Authorization": server.api_key}
    response = send(server, "POST", KEYS_PATH, b'{"name": "a\\u0000b", "role": 0}', headers)
    assert answer(response) == (400, {"message": "Failed to set new API key for user"})


# --- order of checks -----------------------------------------------------------------


def test_put_parses_its_body_before_it_authenticates(server: LocalTrieveServer) -> None:
    response = send(server, "PUT", "/api/user", b"{}")
    assert answer(response) == (
        400,
        {"message": data("missing field `organization_id` at line 1 column 2")},
    )


def test_delete_checks_its_id_before_it_authenticates(server: LocalTrieveServer) -> None:
    response = send(server, "DELETE", f"{KEYS_PATH}/x")
    message = f"Path deserialize error: {UUID_ERR}"
    assert answer(response) == (400, {"message": message})


def test_post_authenticates_first(server: LocalTrieveServer) -> None:
    assert answer(send(server, "POST", KEYS_PATH, b"not json")) == (
        401,
        {"message": "Unauthorized"},
    )


# --- keys, limits and headers -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("KEY", 200),
        ("Bearer KEY", 200),
        ("bearer KEY", 401),
        ("Bearer  KEY", 401),
        ("Bearer Bearer KEY", 401),
    ],
)
def test_authorization_is_taken_exactly(server: LocalTrieveServer, value: str, status: int) -> None:
    response = send(
        server, "GET", KEYS_PATH, headers={"Authorization": value.replace("KEY", server.api_key)}
    )
    assert response.status == status


def test_any_string_is_a_key(server: LocalTrieveServer) -> None:
    assert send(server, "GET", KEYS_PATH, headers={"Authorization": "admin-secret"}).status == 200


def make_limited(server: LocalTrieveServer, **limits: object) -> str:
    body = json.dumps({"name": "limited", "role": 0, **limits}).encode()
    response = send(server, "POST", KEYS_PATH, body, {"Authorization": server.api_key})
    key: str = json.loads(response.data)["api_key"]
    return key


def test_limits_do_not_apply_without_a_dataset_header(server: LocalTrieveServer) -> None:
    other = server.add_organization("Other")
    key = make_limited(server, organization_ids=[other], scopes=["GET /api/dataset"])
    minted = send(server, "POST", KEYS_PATH, b'{"name": "more", "role": 1}', {"Authorization": key})
    assert minted.status == 200


def test_limits_apply_with_a_dataset_header(server: LocalTrieveServer) -> None:
    dataset = server.add_dataset()
    other = server.add_organization("Other", owner=server.user_id)
    cases = [
        ({"organization_ids": [other]}, 401),
        ({"dataset_ids": [str(uuid.uuid4())]}, 401),
        ({"scopes": ["GET /api/dataset"]}, 401),
        ({"scopes": ["GET /api/user/api_key"]}, 200),
        ({"dataset_ids": [dataset], "organization_ids": [server.organization_id]}, 200),
    ]
    for limits, status in cases:
        key = make_limited(server, **limits)
        response = send(
            server, "GET", KEYS_PATH, headers={"Authorization": key, "TR-Dataset": dataset}
        )
        assert response.status == status, limits
        if status == 401:
            assert answer(response) == (401, {"message": "Unauthorized"})


def test_a_matching_scope_raises_a_read_only_key_to_admin(server: LocalTrieveServer) -> None:
    dataset = server.add_dataset()
    member = server.add_user(role=0)
    key = make_limited(server, scopes=["PUT /api/user"])
    body = json.dumps(
        {"organization_id": server.organization_id, "role": 0, "user_id": member.user_id}
    )
    plain = send(server, "PUT", "/api/user", body.encode(), {"Authorization": key})
    assert answer(plain) == (
        400,
        {"message": "You must have an admin or owner role to update other users"},
    )
    raised = send(
        server, "PUT", "/api/user", body.encode(), {"Authorization": key, "TR-Dataset": dataset}
    )
    assert raised.status == 204
    assert server.role_of(member.user_id, server.organization_id) == 0


@pytest.mark.parametrize("name", ["TR-Organization", "x-organization"])
def test_organization_header(server: LocalTrieveServer, name: str) -> None:
    key = {"Authorization": server.api_key}
    bad = send(server, "GET", KEYS_PATH, headers={**key, name: "nope"})
    assert answer(bad) == (400, {"message": "Could not convert Organization to UUID"})
    assert answer(send(server, "GET", KEYS_PATH, headers={name: "nope"}))[0] == 400
    outside = send(server, "GET", KEYS_PATH, headers={**key, name: str(uuid.uuid4())})
    assert answer(outside) == (403, {"message": "Forbidden"})
    assert (
        send(server, "GET", KEYS_PATH, headers={**key, name: server.organization_id}).status == 200
    )
    assert send(server, "GET", KEYS_PATH, headers={name: server.organization_id}).status == 401


def test_the_admin_key_acts_as_an_owner_of_the_named_organization(
    server: LocalTrieveServer,
) -> None:
    owner = server.add_user(role=None)
    org = server.add_organization("Theirs", owner=owner.user_id)
    member = server.add_user(role=0, organization_id=org)
    body = json.dumps({"organization_id": org, "role": 2, "user_id": member.user_id}).encode()
    headers = {"Authorization": "admin-secret", "TR-Organization": org}
    assert send(server, "PUT", "/api/user", body, headers).status == 204
    assert server.role_of(member.user_id, org) == 2


def test_a_user_of_no_organization_is_unauthorized(server: LocalTrieveServer) -> None:
    loner = server.add_user(role=None)
    response = send(server, "GET", KEYS_PATH, headers={"Authorization": loner.api_key})
    assert answer(response) == (401, {"message": "Unauthorized"})


def test_an_unknown_target_user(server: LocalTrieveServer) -> None:
    body = json.dumps(
        {"organization_id": server.organization_id, "role": 0, "user_id": str(uuid.uuid4())}
    )
    response = send(server, "PUT", "/api/user", body.encode(), {"Authorization": server.api_key})
    message = "Error loading user by itself for get_user_by_id_query"
    assert answer(response) == (400, {"message": message})


# --- lists, dates, routing ---------------------------------------------------------------


def test_lists_are_shuffled_by_default() -> None:
    with LocalTrieveServer() as server:
        for index in range(7):
            make_limited(server, scopes=[str(index)])
        orders = {
            tuple(
                k["id"]
                for k in json.loads(
                    send(server, "GET", KEYS_PATH, headers={"Authorization": server.api_key}).data
                )
            )
            for _ in range(10)
        }
    assert len(orders) > 1


@pytest.mark.parametrize(
    ("micros", "text"),
    [
        (0, "2024-05-01T10:00:00"),
        (120000, "2024-05-01T10:00:00.120"),
        (123456, "2024-05-01T10:00:00.123456"),
    ],
)
def test_timestamps_have_0_3_or_6_fraction_digits(micros: int, text: str) -> None:
    assert format_timestamp(datetime(2024, 5, 1, 10, 0, 0, micros)) == text


def test_answers_are_compact_json(server: LocalTrieveServer) -> None:
    assert send(server, "GET", KEYS_PATH).data == b'{"message":"Unauthorized"}'


def test_cors_preflight(server: LocalTrieveServer) -> None:
    headers = {"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
    response = send(server, "OPTIONS", KEYS_PATH, headers=headers)
    assert response.status == 200
    assert response.headers["Access-Control-Allow-Origin"] == "https://app.example"
    assert response.headers["Access-Control-Allow-Methods"] == "POST"


# --- faults, request log, repr -----------------------------------------------------------


def test_injected_status_then_normal_service(server: LocalTrieveServer) -> None:
    server.inject_fault(status=503, headers={"Retry-After": "1"}, times=2, route=f"GET {KEYS_PATH}")
    auth = {"Authorization": server.api_key}
    assert send(server, "POST", KEYS_PATH, b'{"name": "n", "role": 0}', auth).status == 200
    for _ in range(2):
        response = send(server, "GET", KEYS_PATH, headers=auth)
        assert (response.status, response.headers["Retry-After"]) == (503, "1")
    assert send(server, "GET", KEYS_PATH, headers=auth).status == 200


def test_injected_delay(server: LocalTrieveServer) -> None:
    server.inject_fault(delay=0.2)
    started = time.monotonic()
    assert send(server, "GET", KEYS_PATH, headers={"Authorization": server.api_key}).status == 200
    assert time.monotonic() - started >= 0.2


def test_a_dropped_request_still_takes_effect(server: LocalTrieveServer) -> None:
    server.inject_fault(drop=True, route=KEYS_PATH)
    with pytest.raises(urllib3.exceptions.ProtocolError):
        send(
            server,
            "POST",
            KEYS_PATH,
            b'{"name": "lost", "role": 0}',
            {"Authorization": server.api_key},
        )
    assert server.api_key_count() == 3


def test_faults_and_log_over_the_control_path(server: LocalTrieveServer) -> None:
    control = {"Authorization": f"Bearer {server.control_token}"}
    fault = json.dumps(
        {"status": 429, "headers": {"Retry-After": "2"}, "body": {"message": "slow"}}
    )
    assert send(server, "POST", "/__local__/faults", fault.encode()).status == 401
    assert send(server, "POST", "/__local__/faults", fault.encode(), control).status == 204
    assert answer(send(server, "GET", KEYS_PATH)) == (429, {"message": "slow"})
    logged = answer(send(server, "GET", "/__local__/requests", headers=control))[1]
    assert isinstance(logged, list)
    assert [(e["method"], e["path"]) for e in logged] == [("GET", KEYS_PATH)]
    assert send(server, "DELETE", "/__local__/requests", headers=control).status == 204
    assert server.requests == []


def test_the_request_log_masks_credentials(server: LocalTrieveServer) -> None:
    headers = {"Authorization": server.api_key, "Cookie": "s=1", "X-Note": "admin-secret"}
    send(server, "POST", KEYS_PATH, b'{"name": "admin-secret", "role": 0}', headers)
    (entry,) = server.requests
    assert (entry.method, entry.path) == ("POST", KEYS_PATH)
    assert entry.header("Authorization") == entry.header("Cookie") == "<masked>"
    assert entry.header("X-Note") == "<masked>"
    assert entry.json() == {"name": "<masked>", "role": 0}
    assert server.api_key not in repr(entry)


def test_repr_shows_no_key(server: LocalTrieveServer) -> None:
    assert server.url in repr(server)
    assert server.api_key not in repr(server)
    assert server.control_token not in repr(server)


def test_a_fixed_key() -> None:
    with LocalTrieveServer(api_key="tr-fixed-for-ci") as server:
        assert server.api_key == "tr-fixed-for-ci"
        assert (
            send(server, "GET", KEYS_PATH, headers={"Authorization": "tr-fixed-for-ci"}).status
            == 200
        )


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "message"),
    [
        ("POST", "/__local__/faults", b"[]", 400, "a fault is a JSON object"),
        ("POST", "/__local__/faults", b'{"colour": 1}', 400, "unknown fault fields: ['colour']"),
        ("POST", "/__local__/faults", b'{"status": 99}', 400, "status must be in 100..599, not 99"),
        (
            "POST",
            "/__local__/faults",
            b'{"times": 0}',
            400,
            "times must be at least 1 and delay not negative",
        ),
        (
            "POST",
            "/__local__/faults",
            b'{"status": 500, "drop": true}',
            400,
            "a fault either answers with a status or drops the connection",
        ),
        ("PUT", "/__local__/faults", b"", 404, None),
        ("DELETE", "/__local__/faults", b"", 204, None),
    ],
)
def test_control_path_checks_what_it_is_sent(
    server: LocalTrieveServer, method: str, path: str, body: bytes, status: int, message: str | None
) -> None:
    control = {"Authorization": f"Bearer {server.control_token}"}
    response = send(server, method, path, body, control)
    assert response.status == status
    if message is not None:
        assert json.loads(response.data) == {"message": message}


def test_faults_from_python_are_checked_and_cleared(server: LocalTrieveServer) -> None:
    with pytest.raises(ValueError, match="status"):
        server.inject_fault(status=1000)
    server.inject_fault(status=500, times=3)
    server.clear_faults()
    assert send(server, "GET", KEYS_PATH, headers={"Authorization": server.api_key}).status == 200
    server.clear_requests()
    assert server.requests == []
