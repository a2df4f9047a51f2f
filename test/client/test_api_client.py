"""ApiClient: request building, header precedence, auth, body encoding and decoding."""

from __future__ import annotations

import datetime
import enum
import json
import logging
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from pydantic import SecretStr, ValidationError
from support import KEY
from support.faultserver import FaultServer, closed_port, respond

from trieve_py_client import (
    ApiClient,
    ApiConnectionError,
    ApiKeyRespBody,
    ApiResponseError,
    ApiTypeError,
    ApiValueError,
    Configuration,
    ErrorResponseBody,
    ServiceException,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    UnauthorizedException,
    UserApi,
)
from trieve_py_client.rest import RESTResponse

ID = "123e4567-e89b-12d3-a456-426614174000"


@pytest.fixture
def client(fault_server: FaultServer) -> Iterator[ApiClient]:
    config = Configuration(host=fault_server.url, api_key={"ApiKey": KEY}, retries=0)
    with ApiClient(config, header_name="X-Team", header_value="core", cookie="c=1") as api_client:
        yield api_client


def test_headers_defaults_then_operation_then_call_then_credentials(
    fault_server: FaultServer, client: ApiClient
) -> None:
    UserApi(client).delete_user_api_key(
        ID, _headers={"User-Agent": "mine/1", "X-Team": "edge", "Authorization": "ignored"}
    )
    seen = fault_server.requests[-1]
    assert seen.method == "DELETE"
    assert seen.target == f"/api/user/api_key/{ID}"
    assert seen.header("User-Agent") == "mine/1"
    assert seen.header("X-Team") == "edge"
    assert seen.header("Cookie") == "c=1"
    assert seen.header("Accept") == "application/json"
    assert seen.header("Authorization") == KEY
    assert seen.header("Content-Type") is None


def test_default_user_agent_and_set_default_header(
    fault_server: FaultServer, client: ApiClient
) -> None:
    client.set_default_header("X-Trace", "t")
    assert client.user_agent.startswith("trieve-py-client/")
    client.user_agent = "agent/2"
    UserApi(client).update_user({"organization_id": ID, "role": 1})  # type: ignore[arg-type]
    seen = fault_server.requests[-1]
    assert seen.header("User-Agent") == "agent/2"
    assert seen.header("X-Trace") == "t"
    assert seen.header("Content-Type") == "application/json"
    assert fault_server.requests[-1].json() == {"organization_id": ID, "role": 1}


def test_content_type_override_must_be_json(fault_server: FaultServer, client: ApiClient) -> None:
    api = UserApi(client)
    request = SetUserApiKeyRequest(name="n", role=0)
    fault_server.queue(respond(200, b'{"api_key": "k"}', content_type="application/json"))
    api.set_user_api_key(request, _content_type="application/json; charset=utf-8")
    assert fault_server.requests[-1].header("Content-Type") == "application/json; charset=utf-8"
    with pytest.raises(ApiValueError, match="not JSON"):
        api.set_user_api_key(request, _content_type="text/plain")
    assert fault_server.attempts == 1


def test_request_auth_in_a_cookie_or_refused(fault_server: FaultServer, client: ApiClient) -> None:
    api = UserApi(client)
    api.delete_user_api_key(ID, _request_auth={"in": "cookie", "key": "c", "value": "s=1"})
    assert fault_server.requests[-1].header("Cookie") == "s=1"
    assert fault_server.requests[-1].header("Authorization") is None
    # A key in a URL would be written to access logs, proxy logs and urllib3's debug log.
    with pytest.raises(ApiValueError, match="query string would be logged"):
        api.delete_user_api_key(ID, _request_auth={"in": "query", "key": "k", "value": KEY})
    with pytest.raises(ApiValueError, match="must be `header` or `cookie`"):
        api.delete_user_api_key(ID, _request_auth={"in": "body", "key": "k", "value": "v"})
    with pytest.raises(ApiValueError, match="lacks in, value"):
        api.delete_user_api_key(ID, _request_auth={"key": "k"})
    assert fault_server.attempts == 1


def test_header_names_merge_whatever_their_case(
    fault_server: FaultServer, client: ApiClient
) -> None:
    client.set_default_header("x-team", "default")
    UserApi(client).delete_user_api_key(
        ID,
        _headers={"user-agent": "mine/1", "X-TEAM": "call", "authorization": "not the key"},
    )
    sent = fault_server.requests[-1].headers
    lowered = [name.lower() for name, _ in sent]
    assert len(lowered) == len(set(lowered)), lowered  # each header once
    by_name = {name.lower(): value for name, value in sent}
    assert by_name["user-agent"] == "mine/1"
    assert by_name["x-team"] == "call"
    assert by_name["authorization"] == KEY  # credentials come last and win


def test_misspelt_or_mistyped_options_fail_before_sending(
    fault_server: FaultServer, client: ApiClient
) -> None:
    api = UserApi(client)
    for options in (
        {"_request_timeot": 3},
        {"_request_timeout": 0},
        {"_request_timeout": (1, 2, 3)},
        {"_host_index": -1},
        {"_headers": ["User-Agent"]},
    ):
        with pytest.raises(ValidationError):
            api.delete_user_api_key(ID, **options)  # type: ignore[arg-type]
    with pytest.raises(ApiValueError, match="Invalid index 5"):
        api.delete_user_api_key(ID, _host_index=5)
    assert fault_server.attempts == 0


def test_param_serialize_low_level(client: ApiClient) -> None:
    method, url, headers, body, post = client.param_serialize(
        "PUT",
        "/api/{kind}/{id}",
        path_params={"kind": "a b", "id": 7},
        query_params=[("q", "1")],
        body={"when": datetime.date(2024, 1, 2), "id": uuid.UUID(ID)},
        auth_settings=["ApiKey", "Unknown"],
    )
    assert (method, post) == ("PUT", None)
    assert url.endswith("/api/a%20b/7?q=1")
    assert headers["Authorization"] == KEY
    assert json.loads(body or b"") == {"when": "2024-01-02", "id": ID}
    # Form fields pass through param_serialize, as in generated clients, and the transport
    # refuses them before anything is sent.
    method, url, headers, body, post = client.param_serialize("POST", "/x", post_params=[("a", 1)])
    with pytest.raises(ApiValueError, match="JSON bodies, not form fields"):
        client.call_api(method, url, headers, body, post)
    with pytest.raises(ApiValueError, match="JSON bodies only"):
        client.param_serialize("POST", "/x", files={"a": b"1"})
    url = client.param_serialize(
        "GET",
        "/x",
        query_params=[("a", [1, 2]), ("b", [True, False])],
        collection_formats={"a": "csv"},
    )[1]
    assert url.endswith("/x?a=1%2C2&b=true&b=false")
    assert client.param_serialize("POST", "/x", body="raw")[3] == b"raw"


def test_param_serialize_merges_header_parameters_as_they_are_each_time(
    client: ApiClient,
) -> None:
    """Header parameters go over the default headers and the cookie as their text, a name in
    another case replaces the default's, and a change to the defaults or the cookie shows in
    the next request."""

    def headers(params: dict[str, object]) -> dict[str, str]:
        return client.param_serialize("GET", "/x", header_params=params)[2]

    assert headers({"X-N": 1})["X-N"] == "1"
    assert headers({"X-N": True})["X-N"] == "True"  # 1 == True, yet sent otherwise
    assert headers({"X-N": 1.0})["X-N"] == "1.0"
    replaced = headers({"user-agent": "mine"})
    assert replaced["user-agent"] == "mine"
    assert "User-Agent" not in replaced
    sent = headers({"Accept": "application/json"})
    sent["Accept"] = "changed by the caller"
    assert headers({"Accept": "application/json"})["Accept"] == "application/json"
    client.default_headers["X-Default"] = "one"
    assert headers({"Accept": "application/json"})["X-Default"] == "one"
    del client.default_headers["X-Default"]
    assert "X-Default" not in headers({"Accept": "application/json"})
    client.cookie = "session=1"
    assert headers({"Accept": "application/json"})["Cookie"] == "session=1"
    client.cookie = None
    assert "Cookie" not in headers({"Accept": "application/json"})


class Colour(enum.Enum):
    RED = "red"


def test_sanitize_for_serialization(client: ApiClient) -> None:
    value = {
        "model": SetUserApiKeyRequest(name="n", role=0),
        "enum": Colour.RED,
        "secret": SecretStr("s"),
        "items": (1, 2.5, None, True, b"b"),
        "moment": datetime.datetime(2024, 1, 2, 3, 4, 5),
        "money": Decimal("1.50"),
    }
    assert client.sanitize_for_serialization(value) == {
        "model": {"name": "n", "role": 0},
        "enum": "red",
        "secret": "s",
        "items": [1, 2.5, None, True, b"b"],
        "moment": "2024-01-02T03:04:05",
        "money": "1.50",
    }
    with pytest.raises(ApiTypeError, match="object"):
        client.sanitize_for_serialization(object())


def test_select_headers(client: ApiClient) -> None:
    assert client.select_header_accept([]) is None
    assert client.select_header_accept(["text/plain", "application/json"]) == "application/json"
    assert client.select_header_content_type(["text/plain"]) == "text/plain"
    assert client.select_header_content_type(["application/problem+json"]) == (
        "application/problem+json"
    )


@pytest.mark.parametrize(
    ("text", "type_name", "content_type", "expected"),
    [
        ('"2024-01-02T03:04:05"', "datetime", None, datetime.datetime(2024, 1, 2, 3, 4, 5)),
        ('"2024-01-02"', "date", "application/json", datetime.date(2024, 1, 2)),
        ('["1", "2"]', "List[int]", None, [1, 2]),
        ('{"a": 1.5}', "Dict[str, float]", None, {"a": 1.5}),
        ('{"a": [1]}', "object", None, {"a": [1]}),
        ("plain", "str", "text/plain", "plain"),
        ("", "str", None, None),
    ],
)
def test_deserialize_native_names(
    client: ApiClient, text: str, type_name: str, content_type: str | None, expected: object
) -> None:
    assert client.deserialize(text, type_name, content_type) == expected


def test_deserialize_types_and_errors(client: ApiClient) -> None:
    assert client.deserialize('{"message": "m"}', ErrorResponseBody, None) == ErrorResponseBody(
        message="m"
    )
    # Generated clients name models in strings; hand-written calls built on them keep working.
    assert client.deserialize('{"message": "m"}', "ErrorResponseBody") == ErrorResponseBody(
        message="m"
    )
    assert client.deserialize("[]", "List[ApiKeyRespBody]") == []
    assert client.deserialize("not json", "str") == "not json"
    with pytest.raises(ApiValueError, match="Unknown response type name 'NoSuchModel'"):
        client.deserialize("{}", "NoSuchModel")
    with pytest.raises(ApiValueError, match="Unknown response type name '__name__'"):
        client.deserialize("{}", "__name__")
    with pytest.raises(ApiValueError, match="Unsupported content type"):
        client.deserialize("x", "str", "application/octet-stream")


def read(
    client: ApiClient, fault_server: FaultServer, status: int, body: bytes, content_type: str
) -> RESTResponse:
    fault_server.queue(respond(status, body, content_type=content_type))
    response = client.call_api("GET", fault_server.url + "/any")
    response.read()
    return response


def test_response_map_lookup_order(fault_server: FaultServer, client: ApiClient) -> None:
    types = {"200": SetUserApiKeyResponse, "5XX": ErrorResponseBody, "default": None}
    ok = client.response_deserialize(
        read(client, fault_server, 200, b'{"api_key": "k"}', "application/json"), types
    )
    assert ok.data == SetUserApiKeyResponse(api_key="k")
    created = client.response_deserialize(
        read(client, fault_server, 201, b'{"x": 1}', "application/json"), types
    )
    assert created.data is None
    with pytest.raises(ServiceException) as raised:
        client.response_deserialize(
            read(client, fault_server, 502, b'{"message": "gw"}', "application/json"), types
        )
    assert raised.value.data == ErrorResponseBody(message="gw")
    raw = client.response_deserialize(
        read(client, fault_server, 200, b"\x00\x01", "x/y"), {"200": "bytearray"}
    )
    assert raw.data == b"\x00\x01"
    text = client.response_deserialize(
        read(client, fault_server, 200, b"hi", "text/plain"), {"200": "str"}
    )
    assert text.data == "hi"
    listed = client.response_deserialize(
        read(client, fault_server, 200, b"[]", "application/json"), {"200": list[ApiKeyRespBody]}
    )
    assert listed.data == []


@pytest.mark.parametrize(
    "body",
    [b"<html>oops</html>", b'{"api_key": 5}', b'{"api_key": "tr-', b""],
)
def test_invalid_success_body_is_an_sdk_error_without_the_input(
    fault_server: FaultServer, client: ApiClient, body: bytes
) -> None:
    response = read(client, fault_server, 200, body, "application/json")
    with pytest.raises(ApiResponseError) as raised:
        client.response_deserialize(response, {"200": SetUserApiKeyResponse})
    assert raised.value.status == 200
    assert "not a valid SetUserApiKeyResponse" in str(raised.value)
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None  # pydantic's error, which quotes the body, is gone


def test_client_defaults_and_reuse_after_close(fault_server: FaultServer) -> None:
    Configuration.set_default(Configuration(host=fault_server.url, api_key={"ApiKey": KEY}))
    shared = ApiClient.get_default()
    assert ApiClient.get_default() is shared
    api = UserApi()
    assert api.api_client is shared
    api.delete_user_api_key(ID)
    shared.close()
    api.delete_user_api_key(ID)
    shared.close()  # the second call opened the pool again
    assert [r.method for r in fault_server.requests] == ["DELETE", "DELETE"]
    with ApiClient(Configuration(host=fault_server.url)) as mine:
        ApiClient.set_default(mine)
        assert UserApi().api_client is mine


def test_call_api_checks_each_url_before_sending(
    fault_server: FaultServer, client: ApiClient
) -> None:
    # An origin once checked is not parsed again; a URL without a path is, every time.
    for url in (
        fault_server.url,
        fault_server.url + "/a",
        fault_server.url,
        fault_server.url + "/b",
    ):
        assert client.call_api("GET", url).status == 204
    assert [r.target for r in fault_server.requests] == ["/", "/a", "/", "/b"]
    for bad in ("http:///x", "http://"):
        with pytest.raises(ApiValueError, match=r"^Invalid URL"):
            client.call_api("GET", bad)
    assert fault_server.attempts == 4


def test_query_strings_stay_out_of_logs_and_errors(
    fault_server: FaultServer, client: ApiClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="trieve_py_client")
    method, url, headers, body, _ = client.param_serialize(
        "DELETE", "/api/user/api_key/x", query_params=[("token", KEY)], auth_settings=["ApiKey"]
    )
    client.call_api(method, url, headers, body).read()
    assert fault_server.requests[-1].target.endswith(f"?token={KEY}")
    assert f"DELETE {fault_server.url}/api/user/api_key/x?... -> 204" in caplog.text
    refused = url.replace(fault_server.url, f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(ApiConnectionError) as raised:
        client.call_api(method, refused, headers, body)
    assert KEY not in str(raised.value)
    assert KEY not in caplog.text


def test_string_response_maps_on_error_statuses(
    fault_server: FaultServer, client: ApiClient
) -> None:
    types = {"200": "List[ApiKeyRespBody]", "401": "ErrorResponseBody"}
    response = read(client, fault_server, 401, b'{"message": "Unauthorized"}', "application/json")
    with pytest.raises(UnauthorizedException) as raised:
        client.response_deserialize(response, types)
    assert raised.value.data == ErrorResponseBody(message="Unauthorized")
    response = read(client, fault_server, 401, b"<html>no</html>", "text/html")
    with pytest.raises(UnauthorizedException) as raised:
        client.response_deserialize(response, types)
    assert raised.value.data is None
    assert raised.value.body == "<html>no</html>"


def test_the_generated_clients_parameter_helpers(api_factory: Callable[..., UserApi]) -> None:
    client = api_factory("http://127.0.0.1:9", key=KEY).api_client
    assert client.parameters_to_tuples({"a": [1, 2], "b": True}, {"a": "csv"}) == [
        ("a", "1,2"),
        ("b", "true"),
    ]
    assert client.parameters_to_url_query([("a", ["x y", "z"]), ("n", 3)], None) == (
        "a=x+y&a=z&n=3"
    )
