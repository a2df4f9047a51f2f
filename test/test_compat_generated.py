"""Code written for the generated trieve_py_client keeps working: the patterns below are the
ones its users write, each checked against what the generated client does with them."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable

import pytest
import urllib3
from faultserver import FaultServer, closed_port, respond
from pydantic import ValidationError

import trieve_py_client
from trieve_py_client import (
    ApiClient,
    ApiConnectionError,
    ApiResponseError,
    ApiValueError,
    APIVersion,
    ChunkApi,
    Configuration,
    SetUserApiKeyRequest,
    UserApi,
)
from trieve_py_client.testing import LocalTrieveServer


@pytest.mark.parametrize(
    "expression",
    [
        "t.models.SetUserApiKeyRequest",
        "t.exceptions.ApiException",
        "t.rest.ApiException",
        "t.api.UserApi",
        "t.api.user_api.UserApi",
        "t.configuration.Configuration",
        "t.api_client.ApiClient",
        "t.api_response.ApiResponse",
    ],
)
def test_submodules_are_attributes_after_a_bare_import(expression: str) -> None:
    code = f"import trieve_py_client as t; {expression}"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_host_index_zero_keeps_the_configured_host(
    fault_server: FaultServer, api_factory: Callable[..., UserApi]
) -> None:
    api = api_factory(fault_server.url, "tr-x")
    api.delete_user_api_key(str(uuid.uuid4()), _host_index=0)
    api.get_user_api_keys(_host_index=None)
    # Both calls reached the configured host, not index 0's production URL.
    assert [r.method for r in fault_server.requests] == ["DELETE", "GET"]


@pytest.mark.parametrize(
    ("given", "sent"), [(APIVersion.V2, "V2"), ("V1", "V1"), ("2.0", "2.0"), ("v2", "v2")]
)
def test_x_api_version_takes_every_value_the_server_reads(
    fault_server: FaultServer, given: object, sent: str
) -> None:
    # The generated client took any value here; the server reads 1.0, 2.0, V1, V2, v1 and v2.
    config = Configuration(host=fault_server.url, api_key={"ApiKey": "tr-x"})
    with ApiClient(config) as client:
        ChunkApi(client).get_chunk_by_id_without_preload_content(
            "docs", str(uuid.uuid4()), x_api_version=given
        )
    (request,) = fault_server.requests
    assert request.header("X-API-Version") == sent


def test_string_response_maps_of_hand_written_calls(server: LocalTrieveServer) -> None:
    # Before get_user_api_keys existed, users listed keys with the low-level client.
    config = Configuration(host=server.url, api_key={"ApiKey": server.api_key})
    with ApiClient(config) as client:
        params = client.param_serialize("GET", "/api/user/api_key", auth_settings=["ApiKey"])
        response = client.call_api(*params)
        response.read()
        keys = client.response_deserialize(response, {"200": "List[ApiKeyRespBody]"}).data
        assert keys[0].user_id == server.user_id
        assert client.deserialize(
            json.dumps({"api_key": "k"}), "SetUserApiKeyResponse"
        ).api_key == ("k")


def test_default_copy_is_the_default() -> None:
    config = Configuration.get_default_copy()
    config.api_key["ApiKey"] = "tr-set-on-the-copy"
    with ApiClient() as client:
        assert client.configuration.api_key["ApiKey"] == "tr-set-on-the-copy"


def test_to_json_is_spaced_like_json_dumps() -> None:
    request = SetUserApiKeyRequest(name="n", role=0)
    assert request.to_json() == json.dumps(request.to_dict())


def test_invalid_bodies_are_value_errors_as_before() -> None:
    # The generated client let pydantic's ValidationError (a ValueError) out of a 200 whose
    # body is not the model; code that catches ValueError there still catches the SDK's error.
    garbage = respond(200, b'{"api_key": "oops", not json', content_type="application/json")
    with FaultServer(garbage) as server:
        config = Configuration(host=server.url, api_key={"ApiKey": "tr-x"}, retries=0)
        with ApiClient(config) as client:
            try:
                UserApi(client).set_user_api_key(SetUserApiKeyRequest(name="n", role=0))
            except ValueError as caught:
                error: BaseException = caught
            else:
                pytest.fail("a 200 with a body that is not JSON was accepted")
        assert server.attempts == 1
    assert type(error) is ApiResponseError
    assert error.status == 200
    assert "SetUserApiKeyResponse" in str(error)


def test_rest_module_names() -> None:
    assert trieve_py_client.rest.RESTResponseType is urllib3.BaseHTTPResponse
    assert trieve_py_client.rest.is_socks_proxy_url("socks5h://proxy:1080")
    assert not trieve_py_client.rest.is_socks_proxy_url("http://proxy:3128")
    assert not trieve_py_client.rest.is_socks_proxy_url(None)


def test_socks_proxies_go_through_pysocks(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("socks")
    from urllib3.contrib.socks import SOCKSProxyManager

    port = closed_port()  # nothing listens there: neither the proxy nor the host answers
    config = Configuration(host=f"http://127.0.0.1:{port}", retries=0)
    config.proxy = f"socks5h://127.0.0.1:{port}"
    with ApiClient(config) as client:
        assert isinstance(client.rest_client.pool_manager, SOCKSProxyManager)
        with pytest.raises(ApiConnectionError) as raised:
            UserApi(client).get_user_api_keys(_request_timeout=2)
        assert isinstance(raised.value.__cause__, urllib3.exceptions.HTTPError)
    monkeypatch.setitem(sys.modules, "urllib3.contrib.socks", None)
    with pytest.raises(ApiValueError, match="needs PySocks"):
        ApiClient(config)


@pytest.mark.parametrize("variant", ["", "_with_http_info", "_without_preload_content"])
@pytest.mark.parametrize(
    ("args", "kwargs", "error_type", "where"),
    [
        (("ds",), {}, "missing_argument", "tracking_id"),
        (("ds", "t", "stray"), {}, "unexpected_positional_argument", 3),
        (("ds", "t"), {"trackingid": "t"}, "extra_forbidden", "trackingid"),
    ],
    ids=["missing", "one too many", "unknown keyword"],
)
def test_a_missing_or_unexpected_argument_is_a_validation_error_in_every_variant(
    variant: str, args: tuple[str, ...], kwargs: dict[str, str], error_type: str, where: object
) -> None:
    # The generated client validated each variant with validate_call, which raises pydantic's
    # ValidationError for these, not Python's TypeError; nothing is sent.
    with FaultServer() as server:
        config = Configuration(host=server.url, api_key={"ApiKey": "tr-x"})
        with ApiClient(config) as client:
            method = getattr(ChunkApi(client), "delete_chunk_by_tracking_id" + variant)
            with pytest.raises(ValidationError) as raised:
                method(*args, **kwargs)
        assert server.attempts == 0
    [error] = raised.value.errors()
    assert (error["type"], error["loc"]) == (error_type, (where,))
    assert raised.value.title == "delete_chunk_by_tracking_id" + variant
