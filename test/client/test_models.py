"""The models: fields, strict types, UUID handling, JSON rules and masked secrets."""

from __future__ import annotations

import datetime
import json
import re
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from support import KEY

from trieve_py_client import (
    ApiKeyRespBody,
    ErrorResponseBody,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    UpdateUserOrgRoleData,
)
from trieve_py_client._models import all_canonical_uuids

ID = "123e4567-e89b-12d3-a456-426614174000"


def test_unset_optional_fields_are_omitted_and_explicit_none_is_null() -> None:
    request = SetUserApiKeyRequest(name="n", role=0)
    assert request.to_json() == '{"name": "n", "role": 0}'
    assert request.to_dict() == {"name": "n", "role": 0}
    request = SetUserApiKeyRequest(name="n", role=0, scopes=None, dataset_ids=[ID])
    assert request.to_dict() == {"name": "n", "role": 0, "scopes": None, "dataset_ids": [ID]}
    assert SetUserApiKeyRequest.from_json(request.to_json()) == request
    assert SetUserApiKeyRequest.from_dict(request.to_dict()) == request
    assert SetUserApiKeyRequest.from_dict(None) is None


@pytest.mark.parametrize(
    "given",
    [
        ID,
        ID.upper(),
        uuid.UUID(ID),
        ID.replace("-", ""),
        "{" + ID + "}",
        "urn:uuid:" + ID,
    ],
)
def test_uuid_fields_take_any_uuid_form_and_keep_the_canonical_string(given: object) -> None:
    data = UpdateUserOrgRoleData(organization_id=given, role=1, user_id=given)  # type: ignore[arg-type]
    assert data.organization_id == ID
    assert data.user_id == ID
    assert data.to_dict() == {"organization_id": ID, "role": 1, "user_id": ID}


@pytest.mark.parametrize("bad", ["nope", "", 5, None, ID[:-1], ID + "0", b"x" * 3])
def test_bad_uuid_names_the_field(bad: object) -> None:
    with pytest.raises(ValidationError) as raised:
        SetUserApiKeyRequest(name="n", role=0, dataset_ids=[ID, bad])  # type: ignore[list-item]
    errors = raised.value.errors()
    assert [e["loc"] for e in errors] == [("dataset_ids", 1)]
    assert "UUID" in errors[0]["msg"]


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (SetUserApiKeyRequest, {"name": "n", "role": "1"}),
        (SetUserApiKeyRequest, {"name": "n", "role": True}),
        (SetUserApiKeyRequest, {"name": "n", "role": 1.0}),
        (SetUserApiKeyRequest, {"name": 3, "role": 1}),
        (SetUserApiKeyRequest, {"name": "n", "role": 2**31}),
        (SetUserApiKeyRequest, {"name": "n"}),
        (SetUserApiKeyRequest, {"name": "n", "role": 0, "scopes": "GET /api/user"}),
        (UpdateUserOrgRoleData, {"role": 1}),
        (SetUserApiKeyResponse, {}),
        (ErrorResponseBody, {"message": None}),
    ],
)
def test_strict_types(model: type[SetUserApiKeyRequest], fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        model(**fields)  # type: ignore[arg-type]


def test_response_body_ignores_unknown_keys_and_parses_dates() -> None:
    body = (
        f'{{"id": "{ID}", "user_id": "{ID}", "name": "k", "role": 1, "dataset_ids": null,'
        ' "organization_ids": ["o"], "created_at": "2021-01-01T00:00:00.000",'
        ' "updated_at": "2021-01-02T03:04:05.678", "future_field": {"x": 1}}'
    )
    key = ApiKeyRespBody.from_json(body)
    assert key.created_at == datetime.datetime(2021, 1, 1)
    assert key.updated_at == datetime.datetime(2021, 1, 2, 3, 4, 5, 678000)
    assert key.dataset_ids is None
    assert "future_field" not in key.to_dict()
    assert ApiKeyRespBody.from_json(key.to_json()) == key


def test_the_minted_key_is_masked_everywhere_but_the_attribute() -> None:
    response = SetUserApiKeyResponse(api_key=KEY)
    for text in (repr(response), str(response), response.to_str(), f"{response}", f"{response!r}"):
        assert KEY not in text
        assert "<redacted>" in text
    assert response.api_key == KEY
    assert response.to_dict() == {"api_key": KEY}
    assert KEY in response.to_json()
    assert SetUserApiKeyResponse.from_json(response.to_json()).api_key == KEY
    assert SetUserApiKeyResponse.model_json_schema()["properties"]["api_key"]["x-secret"] is True


def test_to_str_shows_fields() -> None:
    text = ErrorResponseBody(message="Bad Request").to_str()
    assert text == "{'message': 'Bad Request'}"


CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
LONG = [str(uuid.UUID(int=i * 0x9E3779B97F4A7C15)) for i in range(1, 201)]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (LONG, True),
        ([], False),
        (tuple(LONG), False),
        ([*LONG[:10], LONG[10].upper(), *LONG[11:]], False),
        ([*LONG[:10], 7, *LONG[11:]], False),
        ([*LONG[:10], LONG[10][:-1] + "é", *LONG[11:]], False),
        ([*LONG[:10], LONG[10].replace("-", ""), *LONG[11:]], False),
        # A 35-character id next to a 37-character one keeps the joined length and the hyphens
        # in step; only the separators' places give it away.
        ([LONG[0][:-1], "0" + LONG[1], *LONG[2:]], False),
        ([*LONG[:10], LONG[10][:8] + "\n" + LONG[10][9:], *LONG[11:]], False),
    ],
)
def test_bulk_uuid_check(values: object, expected: bool) -> None:
    assert all_canonical_uuids(values) is expected


@given(st.lists(st.text(alphabet="0123456789abcdefABCDEF-\n", min_size=30, max_size=40)))
def test_bulk_uuid_check_agrees_with_the_pattern(values: list[str]) -> None:
    agrees = bool(values) and all(CANONICAL.fullmatch(v) for v in values)
    assert all_canonical_uuids(values) is agrees


@given(st.lists(st.uuids().map(str), min_size=1, max_size=80), st.data())
def test_bulk_uuid_check_on_real_ids(values: list[str], data: st.DataObject) -> None:
    assert all_canonical_uuids(values)
    index = data.draw(st.integers(0, len(values) - 1))
    broken = [*values]
    broken[index] = broken[index][: index % 36] + "g" + broken[index][index % 36 + 1 :]
    assert not all_canonical_uuids(broken)


def test_long_lists_are_validated_and_canonicalised_like_short_ones() -> None:
    upper = [*LONG[:50], LONG[50].upper(), *LONG[51:]]
    assert SetUserApiKeyRequest(name="n", role=0, dataset_ids=upper).dataset_ids == LONG
    given_list = list(LONG)
    request = SetUserApiKeyRequest(name="n", role=0, organization_ids=given_list)
    assert request.organization_ids == LONG
    assert request.organization_ids is not given_list  # the caller's list is not aliased
    with pytest.raises(ValidationError) as raised:
        SetUserApiKeyRequest(name="n", role=0, dataset_ids=[*LONG[:120], "nope", *LONG[121:]])
    assert [e["loc"] for e in raised.value.errors()] == [("dataset_ids", 120)]
    assert json.loads(request.to_json())["organization_ids"] == LONG
