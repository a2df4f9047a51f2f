"""Property-based tests of the models: round trips, UUID canonicalization, and rejection.

Any valid instance survives ``to_json()``/``from_json()`` and ``to_dict()``/``from_dict()``
unchanged, including which optional fields were set (unset fields are left out of the JSON,
an explicit None is sent as null). Invalid input raises pydantic's ``ValidationError``, and a
``UserApi`` method given invalid input raises it before opening any connection.
"""

from __future__ import annotations

import datetime
import json
import math
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import urllib3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError
from support import ORG_ID
from support.faultserver import FaultServer, json_response

from trieve_py_client import (
    ApiClient,
    ApiKeyRespBody,
    Configuration,
    ErrorResponseBody,
    ServiceException,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    UpdateUserOrgRoleData,
    UserApi,
)
from trieve_py_client._models import TrieveModel

# No example database: a failure prints its reproducing example, and the tree stays clean.
PROPERTIES = settings(max_examples=100, deadline=None, database=None)
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

int32 = st.integers(INT32_MIN, INT32_MAX)
# The spec's roles: an api key's is 0 or 1, a user's in an organization 0, 1 or 2.
key_role = st.integers(0, 1)
user_role = st.integers(0, 2)
out_of_int32 = st.integers(max_value=INT32_MIN - 1) | st.integers(min_value=INT32_MAX + 1)
text = st.text(max_size=40)
floats = st.floats(allow_nan=False, allow_infinity=False)

# The ways a client may spell a UUID; each must come back as the canonical lowercase string.
UUID_FORMS: list[Callable[[uuid.UUID], Any]] = [
    lambda u: u,
    str,
    lambda u: str(u).upper(),
    lambda u: u.hex,
    lambda u: u.hex.upper(),
    lambda u: "{" + str(u) + "}",
    lambda u: f"urn:uuid:{u}",
]


@st.composite
def uuid_input(draw: st.DrawFn) -> tuple[Any, str]:
    """A UUID in some accepted form, and its canonical string."""
    value = draw(st.uuids())
    form = draw(st.sampled_from(UUID_FORMS))
    return form(value), str(value)


_UUID_LIKE = re.compile(
    r"(urn:uuid:)?\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?",
    re.IGNORECASE,
)
not_a_uuid = text.filter(lambda s: not _UUID_LIKE.fullmatch(s))

# -- valid instances --------------------------------------------------------------------------

UNSET = object()


def optional(values: st.SearchStrategy[tuple[Any, Any]]) -> st.SearchStrategy[Any]:
    """A field left unset, set to None, or set to (input, expected JSON value)."""
    return st.one_of(st.just(UNSET), st.just((None, None)), values)


def plain(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[Any, Any]]:
    return strategy.map(lambda value: (value, value))


def uuid_list() -> st.SearchStrategy[tuple[list[Any], list[str]]]:
    return st.lists(uuid_input(), max_size=5).map(
        lambda pairs: ([p[0] for p in pairs], [p[1] for p in pairs])
    )


def build(fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split drawn fields into constructor kwargs and the JSON object expected."""
    kwargs = {name: pair[0] for name, pair in fields.items() if pair is not UNSET}
    expected = {name: pair[1] for name, pair in fields.items() if pair is not UNSET}
    return kwargs, expected


@st.composite
def set_user_api_key_request(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    return build(
        {
            "name": draw(plain(text)),
            "role": draw(plain(key_role)),
            "dataset_ids": draw(optional(uuid_list())),
            "organization_ids": draw(optional(uuid_list())),
            "scopes": draw(optional(plain(st.lists(text, max_size=5)))),
        }
    )


@st.composite
def update_user_org_role_data(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    return build(
        {
            "organization_id": draw(uuid_input()),
            "role": draw(plain(user_role)),
            "user_id": draw(optional(uuid_input())),
        }
    )


timestamps = st.datetimes(
    min_value=datetime.datetime(1970, 1, 1), max_value=datetime.datetime(2200, 1, 1)
)
zones = st.none() | st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)


@st.composite
def datetime_value(draw: st.DrawFn) -> tuple[datetime.datetime, datetime.datetime]:
    # The API sends UTC without a zone; an aware value must survive too.
    value = draw(timestamps).replace(tzinfo=draw(zones))
    return value, value


@st.composite
def api_key_resp_body(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    return build(
        {
            # Received, so read leniently: an id is whatever string the server sent.
            "id": draw(plain(st.uuids().map(str) | text)),
            "user_id": draw(plain(st.uuids().map(str) | text)),
            "name": draw(plain(text)),
            "role": draw(plain(int32)),
            "dataset_ids": draw(optional(plain(st.lists(text, max_size=5)))),
            "organization_ids": draw(optional(plain(st.lists(text, max_size=5)))),
            "created_at": draw(datetime_value()),
            "updated_at": draw(datetime_value()),
        }
    )


def single_text(field: str) -> st.SearchStrategy[tuple[dict[str, Any], dict[str, Any]]]:
    return text.map(lambda value: ({field: value}, {field: value}))


VALID: dict[type[TrieveModel], st.SearchStrategy[tuple[dict[str, Any], dict[str, Any]]]] = {
    SetUserApiKeyRequest: set_user_api_key_request(),
    UpdateUserOrgRoleData: update_user_org_role_data(),
    ApiKeyRespBody: api_key_resp_body(),
    SetUserApiKeyResponse: single_text("api_key"),
    ErrorResponseBody: single_text("message"),
}
MODELS = list(VALID)
SCHEMAS = json.loads((Path(__file__).parents[2] / "openapi.json").read_bytes())["components"][
    "schemas"
]
# The spec's nullable optional properties of each model only received.
NULLABLE_UNLESS_SENT = {
    model: [
        name
        for name, prop in SCHEMAS[model.__name__]["properties"].items()
        if prop.get("nullable") and name not in SCHEMAS[model.__name__].get("required", [])
    ]
    if not SCHEMAS[model.__name__].get("x-sent")
    else []
    for model in MODELS
}


_DATETIME = TypeAdapter(datetime.datetime)


def _parse_json_datetimes(model: type[TrieveModel], data: dict[str, Any]) -> dict[str, Any]:
    # datetime.fromisoformat reads a trailing "Z" only from Python 3.11 on.
    if model is not ApiKeyRespBody:
        return data
    return {
        name: _DATETIME.validate_python(value) if name.endswith("_at") else value
        for name, value in data.items()
    }


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
@PROPERTIES
@given(data=st.data())
def test_valid_instances_round_trip_through_json_and_dict(
    model: type[TrieveModel], data: st.DataObject
) -> None:
    kwargs, expected = data.draw(VALID[model])
    instance = model(**kwargs)

    # Canonical values, and exactly the fields that were given (None kept as null).
    for name, value in expected.items():
        assert getattr(instance, name) == value
    assert instance.model_fields_set == set(kwargs)
    encoded = instance.to_json()
    assert _parse_json_datetimes(model, json.loads(encoded)) == expected
    # to_dict() of a received model has each nullable field it was not given, as None, as the
    # generated client's did; what is sent has only what was given.
    nulls = {name: None for name in NULLABLE_UNLESS_SENT[model] if name not in kwargs}
    assert instance.to_dict() == {**expected, **nulls}

    from_json = model.from_json(encoded)
    assert from_json == instance
    assert from_json.model_fields_set == instance.model_fields_set
    assert from_json.to_json() == encoded
    assert model.from_json(encoded.encode()) == instance

    from_dict = model.from_dict(instance.to_dict())
    assert from_dict is not None
    assert from_dict == instance
    assert from_dict.model_fields_set == instance.model_fields_set | set(nulls)
    assert from_dict.to_dict() == instance.to_dict()


@PROPERTIES
@given(pair=uuid_input(), others=st.lists(uuid_input(), max_size=4))
def test_uuid_fields_accept_any_form_and_hold_the_canonical_string(
    pair: tuple[Any, str], others: list[tuple[Any, str]]
) -> None:
    given_value, canonical = pair
    assert re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", canonical)
    data = UpdateUserOrgRoleData(organization_id=given_value, role=0, user_id=given_value)
    assert data.organization_id == canonical
    assert data.user_id == canonical
    assert json.loads(data.to_json())["organization_id"] == canonical
    request = SetUserApiKeyRequest(
        name="k", role=0, dataset_ids=[p[0] for p in others], organization_ids=[given_value]
    )
    assert request.dataset_ids == [p[1] for p in others]
    assert request.organization_ids == [canonical]
    # Assignment is validated and canonicalized too.
    data.user_id = str(uuid.UUID(canonical)).upper()
    assert data.user_id == canonical


def test_api_key_resp_body_reads_the_servers_zone_less_dates() -> None:
    body = ApiKeyRespBody.from_json(
        json.dumps(
            {
                "id": "5f0c1a52-9b7e-4c39-8a51-3d1f2b6e7c90",
                "user_id": "5F0C1A52-9B7E-4C39-8A51-3D1F2B6E7C91",
                "name": "ci",
                "role": 1,
                "dataset_ids": None,
                "organization_ids": [],
                "created_at": "2021-01-01T00:00:00.000",
                "updated_at": "2021-06-30T12:34:56.789",
                "unknown": "ignored",
            }
        )
    )
    assert body.created_at == datetime.datetime(2021, 1, 1)
    assert body.updated_at == datetime.datetime(2021, 6, 30, 12, 34, 56, 789000)
    # Kept as the server wrote it: a response is read leniently, as the generated client did.
    assert body.user_id == "5F0C1A52-9B7E-4C39-8A51-3D1F2B6E7C91"
    assert body.dataset_ids is None
    assert "dataset_ids" in body.model_fields_set
    assert json.loads(body.to_json())["dataset_ids"] is None
    assert "unknown" not in body.to_json()


# -- invalid input ----------------------------------------------------------------------------

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), floats, text)
not_a_string = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    floats,
    st.lists(text, max_size=2),
    st.dictionaries(text, text, max_size=2),
)
not_an_int32 = st.one_of(
    st.none(),
    st.booleans(),  # a bool is not an int here
    out_of_int32,
    floats,  # 1.0 too: the API's role is an integer
    st.integers(INT32_MIN, INT32_MAX).map(str),  # "1" is not 1
    st.lists(st.integers(), max_size=2),
)
not_a_uuid_value = st.one_of(not_a_uuid, st.none(), st.booleans(), st.integers(), floats)
not_a_list = st.one_of(st.booleans(), st.integers(), text, st.dictionaries(text, text, max_size=2))


def uuid_list_with_a_bad_item() -> st.SearchStrategy[list[Any]]:
    good = st.uuids().map(str)
    return st.tuples(st.lists(good, max_size=2), not_a_uuid_value, st.lists(good, max_size=2)).map(
        lambda parts: [*parts[0], parts[1], *parts[2]]
    )


@st.composite
def corrupted(
    draw: st.DrawFn,
    valid: st.SearchStrategy[tuple[dict[str, Any], dict[str, Any]]],
    bad_values: dict[str, st.SearchStrategy[Any]],
    required: tuple[str, ...],
) -> dict[str, Any]:
    """A valid payload (JSON form) with one field given a bad value, or one required removed."""
    _, payload = draw(valid)
    payload = dict(json.loads(json.dumps(payload, default=datetime.datetime.isoformat)))
    if draw(st.booleans()) or not required:
        field = draw(st.sampled_from(sorted(bad_values)))
        payload[field] = draw(bad_values[field])
    else:
        del payload[draw(st.sampled_from(required))]
    return payload


INVALID: dict[type[TrieveModel], st.SearchStrategy[dict[str, Any]]] = {
    SetUserApiKeyRequest: corrupted(
        set_user_api_key_request(),
        {
            "name": not_a_string,
            "role": not_an_int32,
            "dataset_ids": not_a_list | uuid_list_with_a_bad_item(),
            "organization_ids": not_a_list | uuid_list_with_a_bad_item(),
            "scopes": not_a_list | st.lists(not_a_string, min_size=1, max_size=2),
        },
        ("name", "role"),
    ),
    UpdateUserOrgRoleData: corrupted(
        update_user_org_role_data(),
        {
            "organization_id": not_a_uuid_value,
            "role": not_an_int32,
            "user_id": not_a_uuid_value.filter(lambda v: v is not None),
        },
        ("organization_id", "role"),
    ),
    ApiKeyRespBody: corrupted(
        api_key_resp_body(),
        {
            # Any string is an id here (a model only received reads it leniently); no other type.
            "id": not_a_string,
            "user_id": not_a_string,
            "name": not_a_string,
            "role": not_an_int32,
            "created_at": st.one_of(st.none(), st.booleans(), st.just("yesterday")),
        },
        ("id", "user_id", "name", "role", "created_at", "updated_at"),
    ),
    SetUserApiKeyResponse: corrupted(
        single_text("api_key"), {"api_key": not_a_string}, ("api_key",)
    ),
    ErrorResponseBody: corrupted(single_text("message"), {"message": not_a_string}, ("message",)),
}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
@PROPERTIES
@given(data=st.data())
def test_invalid_input_is_rejected_by_every_entry_point(
    model: type[TrieveModel], data: st.DataObject
) -> None:
    payload = data.draw(INVALID[model])
    with pytest.raises(ValidationError):
        model(**payload)
    with pytest.raises(ValidationError):
        model.from_dict(payload)
    with pytest.raises(ValidationError):
        model.from_json(json.dumps(payload))


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (SetUserApiKeyRequest, "role", True),
        (SetUserApiKeyRequest, "role", 1.0),
        (SetUserApiKeyRequest, "role", "1"),
        (SetUserApiKeyRequest, "role", "admin"),
        (SetUserApiKeyRequest, "role", 2**31),
        (SetUserApiKeyRequest, "name", 7),
        (SetUserApiKeyRequest, "dataset_ids", ["not-a-uuid"]),
        (UpdateUserOrgRoleData, "role", False),
        (UpdateUserOrgRoleData, "role", -(2**31) - 1),
        (UpdateUserOrgRoleData, "user_id", "1234"),
        (SetUserApiKeyResponse, "api_key", None),
    ],
)
def test_assignment_is_validated(model: type[TrieveModel], field: str, value: Any) -> None:
    valids: dict[type[TrieveModel], dict[str, Any]] = {
        SetUserApiKeyRequest: {"name": "k", "role": 0},
        UpdateUserOrgRoleData: {"organization_id": str(uuid.uuid4()), "role": 0},
        SetUserApiKeyResponse: {"api_key": "tr-x"},
    }
    valid = valids[model]
    instance = model(**valid)
    before = instance.to_json()
    with pytest.raises(ValidationError):
        setattr(instance, field, value)
    assert instance.to_json() == before
    with pytest.raises(ValidationError):
        model(**{**valid, field: value})


def test_a_valid_assignment_is_canonicalised() -> None:
    request = SetUserApiKeyRequest(name="n", role=0)
    organization = uuid.uuid4()
    request.organization_ids = [organization]  # type: ignore[list-item]
    assert request.organization_ids == [str(organization)]


def test_int32_bounds_are_inclusive() -> None:
    now = "2021-01-01T00:00:00"
    for role in (INT32_MIN, INT32_MAX):
        body = {"id": ORG_ID, "user_id": ORG_ID, "name": "k", "role": role}
        parsed = ApiKeyRespBody.from_json(
            json.dumps({**body, "created_at": now, "updated_at": now})
        )
        assert parsed.role == role


def test_role_bounds_are_inclusive_and_refused_beyond() -> None:
    for role in (0, 1):
        assert SetUserApiKeyRequest.from_json(json.dumps({"name": "k", "role": role})).role == role
    for role in (0, 2):
        assert UpdateUserOrgRoleData(organization_id=ORG_ID, role=role).role == role
    for bad in (-1, 2):
        with pytest.raises(ValidationError):
            SetUserApiKeyRequest(name="k", role=bad)
    with pytest.raises(ValidationError):
        UpdateUserOrgRoleData(organization_id=ORG_ID, role=3)


# -- invalid input never reaches the network --------------------------------------------------


@pytest.fixture(scope="module")
def watched_api() -> Iterator[tuple[UserApi, FaultServer]]:
    with FaultServer(json_response(500, {"message": "should not be reached"})) as server:
        config = Configuration(host=server.url, api_key={"ApiKey": "tr-" + "a" * 32}, retries=0)
        with ApiClient(config) as client:
            yield UserApi(client), server


bad_timeouts = st.one_of(
    st.floats(max_value=0),
    st.just(math.inf),
    st.just(math.nan),
    st.tuples(st.floats(max_value=0), st.floats(min_value=1, max_value=5)),
    st.just("soon"),
)


@st.composite
def invalid_call(draw: st.DrawFn) -> Callable[[UserApi], Any]:
    kind = draw(st.sampled_from(["set", "update", "delete", "timeout", "option", "body-type"]))
    if kind == "set":
        payload = draw(INVALID[SetUserApiKeyRequest])
        return lambda api: api.set_user_api_key(payload)  # type: ignore[arg-type]
    if kind == "update":
        payload = draw(INVALID[UpdateUserOrgRoleData])
        return lambda api: api.update_user_with_http_info(payload)  # type: ignore[arg-type]
    if kind == "delete":
        key_id = draw(not_a_uuid_value)
        return lambda api: api.delete_user_api_key(key_id)  # type: ignore[arg-type]
    if kind == "timeout":
        timeout = draw(bad_timeouts)
        return lambda api: api.get_user_api_keys(_request_timeout=timeout)  # type: ignore[arg-type]
    if kind == "option":
        return lambda api: api.get_user_api_keys_with_http_info(_request_timeout_s=1)  # type: ignore[call-arg]
    junk = draw(json_scalars | st.lists(st.integers(), max_size=2))
    return lambda api: api.set_user_api_key_without_preload_content(junk)  # type: ignore[arg-type]


# The fixtures are shared on purpose: the server must see no connection across all examples.
@settings(PROPERTIES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(call=invalid_call())
def test_invalid_input_to_an_operation_never_opens_a_connection(
    call: Callable[[UserApi], Any],
    watched_api: tuple[UserApi, FaultServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    api, server = watched_api
    before = (server.connections, server.attempts)
    opened: list[Any] = []
    monkeypatch.setattr(
        urllib3.util.connection, "create_connection", lambda *a, **k: opened.append(a)
    )
    with pytest.raises(ValidationError):
        call(api)
    assert opened == []
    assert (server.connections, server.attempts) == before


def test_the_watched_server_does_see_a_valid_call(
    watched_api: tuple[UserApi, FaultServer],
) -> None:
    # The check above can fail: a valid call through the same client does connect.
    api, server = watched_api
    api.api_client.configuration.retries = 0
    before = server.connections
    with pytest.raises(ServiceException, match="should not be reached"):
        api.update_user(UpdateUserOrgRoleData(organization_id=ORG_ID, role=0))
    assert server.connections == before + 1
