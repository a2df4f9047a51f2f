"""UserApi against the bundled server over real HTTP: every operation, variant and error."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
import urllib3
from support.faultserver import closed_port

import trieve_py_client
from trieve_py_client import (
    ApiClient,
    ApiKeyRespBody,
    ApiResponse,
    BadRequestException,
    Configuration,
    ErrorResponseBody,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    UnauthorizedException,
    UpdateUserOrgRoleData,
    UserApi,
)
from trieve_py_client.configuration import SERVERS, HostSetting
from trieve_py_client.testing import LocalTrieveServer, SeededUser


@pytest.fixture
def member(server: LocalTrieveServer) -> SeededUser:
    return server.add_user(role=0)


def test_key_lifecycle_mint_list_use_delete(
    server: LocalTrieveServer, api_factory: Callable[..., UserApi]
) -> None:
    owner = server.add_user(role=2)
    api = api_factory(server.url, owner.api_key)
    minted = api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=0))
    assert isinstance(minted, SetUserApiKeyResponse)
    assert minted.api_key.startswith("tr-")
    assert len(minted.api_key) == 35

    keys = api.get_user_api_keys()
    assert all(isinstance(key, ApiKeyRespBody) for key in keys)
    mine = [key for key in keys if key.name == "ci"]
    assert len(mine) == 1
    assert mine[0].user_id == owner.user_id
    assert mine[0].role == 0

    # The server keeps no order: the same keys, listed with the new key.
    listed = api_factory(server.url, minted.api_key).get_user_api_keys()
    assert sorted(k.name for k in listed) == sorted(k.name for k in keys)
    assert api.delete_user_api_key(mine[0].id) is None
    with pytest.raises(UnauthorizedException) as raised:
        api_factory(server.url, minted.api_key).get_user_api_keys()
    assert raised.value.status == 401
    assert raised.value.data == ErrorResponseBody(message="Unauthorized")


def test_limits_are_stored_as_sent(
    server: LocalTrieveServer, member: SeededUser, api_factory: Callable[..., UserApi]
) -> None:
    api = api_factory(server.url, member.api_key)
    datasets = [str(uuid.uuid4()), str(uuid.uuid4())]
    request = SetUserApiKeyRequest(
        name="limited",
        role=1,
        dataset_ids=[uuid.UUID(datasets[0]), datasets[1].upper()],
        organization_ids=[server.organization_id],
        scopes=["GET /api/user/api_key"],
    )
    api.set_user_api_key(request)
    stored = next(key for key in api.get_user_api_keys() if key.name == "limited")
    assert stored.dataset_ids == datasets
    assert stored.organization_ids == [server.organization_id]
    assert stored.role == 1


def test_delete_of_unknown_id_is_idempotent(user_api: UserApi) -> None:
    response = user_api.delete_user_api_key_with_http_info(uuid.uuid4())
    assert response.status_code == 204
    assert response.data is None
    assert response.raw_data == b""


def test_bearer_prefix_is_accepted(server: LocalTrieveServer) -> None:
    configuration = Configuration(host=server.url, api_key_prefix={"ApiKey": "Bearer"})
    configuration.api_key["ApiKey"] = server.api_key
    with ApiClient(configuration) as client:
        assert isinstance(UserApi(client).get_user_api_keys(), list)


def test_missing_key_is_unauthorized(server: LocalTrieveServer) -> None:
    with (
        ApiClient(Configuration(host=server.url)) as client,
        pytest.raises(UnauthorizedException) as raised,
    ):
        UserApi(client).get_user_api_keys()
    assert "Unauthorized" in str(raised.value)


@pytest.mark.parametrize(
    ("caller_role", "target_role", "new_role", "message"),
    [
        (0, None, 1, "Can not grant a user a higher role than that of the requesting user's"),
        (0, 0, 0, "You must have an admin or owner role to update other users"),
        (
            2,
            "outsider",
            1,
            "The user who you would like to update the role of must be added to the specified "
            "org first before their role can be updated",
        ),
        ("elsewhere", None, 0, "You are not a member of this organization"),
    ],
)
def test_update_user_rules(
    server: LocalTrieveServer,
    caller_role: int | str,
    target_role: int | str | None,
    new_role: int,
    message: str,
    api_factory: Callable[..., UserApi],
) -> None:
    if caller_role == "elsewhere":  # a member of another organization only
        caller = server.add_user(role=0, organization_id=server.add_organization())
    else:
        caller = server.add_user(role=caller_role)  # type: ignore[arg-type]
    data = UpdateUserOrgRoleData(organization_id=server.organization_id, role=new_role)
    if target_role == "outsider":
        data.user_id = server.add_user(role=None).user_id
    elif target_role is not None:
        data.user_id = server.add_user(role=target_role).user_id  # type: ignore[arg-type]
    with pytest.raises(BadRequestException) as raised:
        api_factory(server.url, caller.api_key).update_user(data)
    assert raised.value.status == 400
    assert raised.value.data == ErrorResponseBody(message=message)
    assert message in str(raised.value)


def test_a_user_of_no_organization_is_unauthorized(
    server: LocalTrieveServer, api_factory: Callable[..., UserApi]
) -> None:
    loner = server.add_user(role=None)
    data = UpdateUserOrgRoleData(organization_id=server.organization_id, role=0)
    with pytest.raises(UnauthorizedException) as raised:
        api_factory(server.url, loner.api_key).update_user(data)
    assert raised.value.data == ErrorResponseBody(message="Unauthorized")


def test_admin_promotes_a_member(
    server: LocalTrieveServer, member: SeededUser, api_factory: Callable[..., UserApi]
) -> None:
    admin = server.add_user(role=1)
    data = UpdateUserOrgRoleData(
        organization_id=uuid.UUID(server.organization_id), role=1, user_id=member.user_id
    )
    response = api_factory(server.url, admin.api_key).update_user_with_http_info(data)
    assert response.status_code == 204
    assert server.role_of(member.user_id, server.organization_id) == 1


def test_read_only_key_acts_as_user(
    server: LocalTrieveServer, api_factory: Callable[..., UserApi]
) -> None:
    owner = server.add_user(role=2)
    read_only = api_factory(server.url, owner.api_key).set_user_api_key(
        SetUserApiKeyRequest(name="ro", role=0)
    )
    target = server.add_user(role=0)
    with pytest.raises(BadRequestException, match="admin or owner"):
        api_factory(server.url, read_only.api_key).update_user(
            UpdateUserOrgRoleData(
                organization_id=server.organization_id, role=0, user_id=target.user_id
            )
        )


def test_json_error_from_server_is_a_bad_request(user_api: UserApi) -> None:
    # A raw body bypasses the models, as a caller of the low-level client may do.
    client = user_api.api_client
    method, url, headers, body, _ = client.param_serialize(
        "POST",
        "/api/user/api_key",
        header_params={"Content-Type": "application/json"},
        body=b'{"name": 5, "role": 0}',
        auth_settings=["ApiKey"],
    )
    response = client.call_api(method, url, headers, body)
    response.read()
    with pytest.raises(BadRequestException) as raised:
        client.response_deserialize(
            response, {"200": SetUserApiKeyResponse, "400": ErrorResponseBody}
        )
    assert raised.value.data.message.startswith("Json Deserialization Error:")


def test_variants_share_one_description(user_api: UserApi) -> None:
    info = user_api.set_user_api_key_with_http_info(SetUserApiKeyRequest(name="v", role=0))
    assert isinstance(info, ApiResponse)
    assert info.status_code == 200
    assert info.headers["Content-Type"] == "application/json"
    assert SetUserApiKeyResponse.from_json(info.raw_data) == info.data

    raw = user_api.get_user_api_keys_without_preload_content()
    assert isinstance(raw, urllib3.BaseHTTPResponse)
    assert raw.status == 200
    assert isinstance(raw.json(), list)

    unauthorized = user_api.delete_user_api_key_without_preload_content(
        uuid.uuid4(), _request_auth={"in": "header", "key": "Authorization", "value": "tr-bad"}
    )
    assert unauthorized.status == 401


def test_per_call_auth(server: LocalTrieveServer, user_api: UserApi) -> None:
    other = server.add_user(role=0)
    keys = user_api.get_user_api_keys(
        _request_auth={
            "in": "header",
            "key": "Authorization",
            "value": other.api_key,
            "type": "api_key",
        }
    )
    assert {key.user_id for key in keys} == {other.user_id}


def servers_with_second(url: str) -> Callable[[Configuration], list[HostSetting]]:
    """``get_host_settings`` with index 1 replaced by ``url``; index 0 stays production."""

    def get_host_settings(_self: Configuration) -> list[HostSetting]:
        return [SERVERS[0], {"url": url, "description": "Second server", "variables": {}}]

    return get_host_settings


def test_host_index_routes_the_call_to_that_server(
    server: LocalTrieveServer, user_api: UserApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LocalTrieveServer() as second:
        monkeypatch.setattr(Configuration, "get_host_settings", servers_with_second(second.url))
        before = (server.requests_handled, second.requests_handled)
        # The key is one only the second server knows: an answer proves the call landed there.
        keys = user_api.get_user_api_keys(
            _host_index=1,
            _request_auth={"in": "header", "key": "Authorization", "value": second.api_key},
        )
        assert {key.user_id for key in keys} == {second.user_id}
        assert second.requests_handled == before[1] + 1
        assert server.requests_handled == before[0]
    # Without _host_index, the same client still calls the configured host.
    assert {key.user_id for key in user_api.get_user_api_keys()} == {server.user_id}


def test_host_index_to_a_closed_port_names_that_host(
    server: LocalTrieveServer,
    api_factory: Callable[..., UserApi],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = closed_port()
    monkeypatch.setattr(
        Configuration, "get_host_settings", servers_with_second(f"http://127.0.0.1:{port}")
    )
    api = api_factory(server.url, server.api_key, retries=0)
    with pytest.raises(trieve_py_client.ApiConnectionError, match=f"127.0.0.1:{port}"):
        api.get_user_api_keys(_host_index=1, _request_timeout=(0.5, 0.5))
