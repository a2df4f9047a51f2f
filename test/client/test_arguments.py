"""Operation arguments: checked by the same schema whether passed by position or by keyword,
and refused by name, before anything is sent."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError
from support import KEY
from support.faultserver import FaultServer

from trieve_py_client import (
    SetUserApiKeyRequest,
    UpdateUserOrgRoleData,
    UserApi,
)
from trieve_py_client.api_client import validated

ID = "5a0c2f1e-3d4b-4c6a-8e9f-0a1b2c3d4e5f"
ID_AS_TYPED = "5A0C2F1E3D4B4C6A8E9F0A1B2C3D4E5F"


@pytest.fixture
def api(fault_server: FaultServer, api_factory: Callable[..., UserApi]) -> UserApi:
    return api_factory(fault_server.url, KEY)


UPDATE = {"organization_id": ID_AS_TYPED, "role": 1}
CALLS: list[tuple[str, Callable[[UserApi], object], Callable[[UserApi], object]]] = [
    (
        "delete",
        lambda api: api.delete_user_api_key(ID_AS_TYPED),
        lambda api: api.delete_user_api_key(api_key_id=ID_AS_TYPED),
    ),
    (
        "delete, a UUID object",
        lambda api: api.delete_user_api_key(uuid.UUID(ID)),
        lambda api: api.delete_user_api_key(api_key_id=uuid.UUID(ID)),
    ),
    (
        "update, a dict for the model",
        lambda api: api.update_user(UPDATE),  # type: ignore[arg-type]
        lambda api: api.update_user(update_user_org_role_data=UPDATE),  # type: ignore[arg-type]
    ),
    (
        "set, a model",
        lambda api: api.set_user_api_key(SetUserApiKeyRequest(name="k", role=0)),
        lambda api: api.set_user_api_key(
            set_user_api_key_request=SetUserApiKeyRequest(name="k", role=0)
        ),
    ),
]


@pytest.mark.parametrize(
    ("by_position", "by_keyword"), [c[1:] for c in CALLS], ids=[c[0] for c in CALLS]
)
def test_by_position_and_by_keyword_send_the_same_request(
    fault_server: FaultServer,
    api: UserApi,
    by_position: Callable[[UserApi], object],
    by_keyword: Callable[[UserApi], object],
) -> None:
    by_position(api)
    by_keyword(api)
    first, second = fault_server.requests
    assert (first.method, first.target, first.body) == (second.method, second.target, second.body)
    assert ID_AS_TYPED not in first.target
    if first.body:
        assert ID_AS_TYPED not in first.body.decode()
    if first.method == "PUT":
        assert json.loads(first.body) == {"organization_id": ID, "role": 1}


def test_a_model_instance_is_sent_as_it_is(fault_server: FaultServer, api: UserApi) -> None:
    # Built without validation, the id stays as typed: a copy or a second validation, as
    # validate_call makes by default, would send it canonicalised.
    update = UpdateUserOrgRoleData.model_construct(organization_id=ID_AS_TYPED, role=1)
    api.update_user(update)
    api.update_user(update, _request_timeout=3.0)
    api.update_user(update_user_org_role_data=update)
    assert [r.json() for r in fault_server.requests] == [
        {"organization_id": ID_AS_TYPED, "role": 1}
    ] * 3


@pytest.mark.parametrize(
    ("call", "loc"),
    [
        (lambda api: api.delete_user_api_key("not-a-uuid"), ("api_key_id",)),
        (lambda api: api.delete_user_api_key(KEY), ("api_key_id",)),
        (
            lambda api: api.update_user({"organization_id": ID, "role": "admin"}),
            ("update_user_org_role_data", "role"),
        ),
        (lambda api: api.set_user_api_key(None), ("set_user_api_key_request",)),
        (lambda api: api.get_user_api_keys_with_http_info(ID), (1,)),
        # Read once, so checked once: a second check would find it used up, and empty.
        (
            lambda api: api.set_user_api_key(
                {"name": "k", "role": 0, "dataset_ids": (i for i in [ID, "not-a-uuid"])}  # type: ignore[arg-type]
            ),
            ("set_user_api_key_request", "dataset_ids", 1),
        ),
    ],
    ids=[
        "bad id",
        "a key for the id",
        "bad role in a dict",
        "None body",
        "extra argument",
        "a generator with a bad id",
    ],
)
def test_a_bad_positional_argument_is_refused_by_name_before_sending(
    fault_server: FaultServer, api: UserApi, call: Callable[[UserApi], object], loc: tuple[Any, ...]
) -> None:
    with pytest.raises(ValidationError) as raised:
        call(api)
    assert fault_server.attempts == 0
    assert raised.value.errors()[0]["loc"][: len(loc)] == loc
    assert KEY not in str(raised.value)
    assert raised.value.__context__ is None


def test_validated_checks_calls_of_any_signature_as_validate_call_does() -> None:
    # Calls that give their arguments by position take a shorter path than validate_call's;
    # the others (a keyword, a keyword-only parameter, too few or too many) take validate_call.
    # Neither checks a default left out.
    @validated
    def typed(
        count: int,
        label: str = "d",
        loose: int = "free",  # type: ignore[assignment]
    ) -> tuple[int, str, int]:
        return count, label, loose

    @validated
    def keyword_only(count: int, *, label: int) -> tuple[int, int]:
        return count, label

    @validated
    def unannotated(first, second=1):  # type: ignore[no-untyped-def]
        return first, second

    assert typed("3", "e", "4") == (3, "e", 4)
    assert typed("3", "e") == (3, "e", "free")
    assert typed("3") == (3, "d", "free")
    assert typed("3", label="e") == (3, "e", "free")
    assert keyword_only("3", label="4") == (3, 4)
    assert unannotated("x", "y") == ("x", "y")
    assert unannotated("x") == ("x", 1)
    for call, loc in [
        (lambda: typed("x", "e"), ("count",)),
        (lambda: typed("x"), ("count",)),
        (lambda: typed(3, 4), ("label",)),
        (lambda: typed(3, "e", "x"), ("loose",)),
        (typed, ("count",)),
        (lambda: typed(1, "e", 2, 3), (3,)),
        (lambda: keyword_only(3), ("label",)),
    ]:
        with pytest.raises(ValidationError) as raised:
            call()
        assert [error["loc"] for error in raised.value.errors()] == [loc]
