"""Code written for the generated trieve_py_client keeps working: the patterns below are the
ones its users write, each checked against what the generated client does with them."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import uuid
from collections.abc import Callable

import pytest
import urllib3
from pydantic import ValidationError
from support.faultserver import FaultServer, closed_port, respond

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


# -- what the generated client's users do with models -------------------------------------------

FAKE_ID = "dataset-1"  # a placeholder id, as test fakes use
DATASET = {
    "id": FAKE_ID,
    "name": "n",
    "organization_id": "org-1",
    "created_at": "2024-01-01T00:00:00",
    "updated_at": "2024-01-01T00:00:00",
    "server_configuration": {},
    "deleted": 0,
}


def received_dataset() -> trieve_py_client.Dataset:
    with FaultServer(respond(200, json.dumps(DATASET).encode())) as server:
        config = Configuration(host=server.url, api_key={"ApiKey": "tr-x"})
        with ApiClient(config) as client:
            return trieve_py_client.DatasetApi(client).get_dataset(FAKE_ID, str(uuid.uuid4()))


def test_to_dict_of_a_received_model_keeps_the_nullable_fields_left_out_as_none() -> None:
    dataset = received_dataset()
    assert dataset.to_dict()["tracking_id"] is None
    # In nested models too, as each generated to_dict() called its fields' to_dict().
    scroll = trieve_py_client.ScrollChunksResponseBody.from_dict(
        {"chunks": [{**DATASET, "dataset_id": FAKE_ID, "weight": 1.0}]}
    )
    assert scroll is not None
    assert scroll.to_dict()["chunks"][0]["chunk_html"] is None
    # What is sent still leaves out what the caller did not give.
    payload = trieve_py_client.ChunkReqPayload.from_dict({"chunk_html": "x"})
    assert payload is not None
    assert payload.to_dict() == {"chunk_html": "x"}


def test_an_empty_one_of_wrapper_takes_its_value_later_and_is_sent() -> None:
    query = trieve_py_client.QueryTypes()
    assert query.actual_instance is None
    assert query.to_json() == "null"
    query.actual_instance = "text"
    with pytest.raises(ValidationError):
        query.actual_instance = 7
    assert query.actual_instance == "text"
    payload = trieve_py_client.SearchChunksReqPayload(query=query, search_type="fulltext")
    with FaultServer(respond(400, b'{"message": "m"}')) as server:
        config = Configuration(host=server.url, api_key={"ApiKey": "tr-x"}, retries=0)
        with ApiClient(config) as client, pytest.raises(trieve_py_client.ApiException):
            ChunkApi(client).search_chunks(FAKE_ID, payload)
        assert server.requests[0].json()["query"] == "text"


def test_ids_of_received_models_are_kept_as_any_string_parsed_or_built() -> None:
    assert received_dataset().id == FAKE_ID
    assert trieve_py_client.Dataset.from_json(json.dumps(DATASET)).organization_id == "org-1"
    when = datetime.datetime(2024, 1, 1)
    built = trieve_py_client.Dataset(**{**DATASET, "created_at": when, "updated_at": when})
    assert (built.id, built.organization_id) == (FAKE_ID, "org-1")
    # What is sent is still held to the spec.
    with pytest.raises(ValidationError, match="UUID"):
        trieve_py_client.UpdateUserOrgRoleData(organization_id="org-1", role=0)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A streamed answer: the chunks used, "||", then the text; no media type, as Trieve's.
        (b'[{"id": "c1"}]||Rotate keys || monthly.', '[{"id": "c1"}]||Rotate keys || monthly.'),
        (b"[]||I was not able to find any relevant information.", None),
        (b'"a JSON string"', "a JSON string"),
    ],
)
def test_a_streamed_answer_read_whole_is_its_text_as_in_the_generated_client(
    body: bytes, expected: str | None
) -> None:
    with FaultServer(respond(200, body)) as server:
        client = ApiClient(Configuration(host=server.url, api_key={"ApiKey": "tr-x"}))
        with client:
            answer = trieve_py_client.MessageApi(client).create_message(
                "ds",
                {
                    "topic_id": str(uuid.uuid4()),
                    "new_message_content": "how?",
                    "llm_options": {"stream_response": True},
                },
            )
    assert answer == (body.decode() if expected is None else expected)
