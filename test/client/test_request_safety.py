"""What is sent is what was meant: unknown fields and unsendable header values are refused
before anything is sent, credentials never follow a redirect off their origin, and a redirect
never repeats a write."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import pytest
from pydantic import ValidationError
from support import KEY
from support.faultserver import FaultServer, json_response, no_content, redirect

from trieve_py_client import (
    ApiClient,
    ApiValueError,
    Configuration,
    SetUserApiKeyRequest,
    SetUserApiKeyResponse,
    UpdateUserOrgRoleData,
    UserApi,
)

ID = str(uuid.uuid4())
MakeApi = Callable[..., UserApi]


# -- request models refuse unknown fields --------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "unknown", "close"),
    [
        (
            lambda: SetUserApiKeyRequest(name="ci", role=0, dataset_id=[ID]),  # type: ignore[call-arg]
            "dataset_id",
            "dataset_ids",
        ),
        (
            lambda: UpdateUserOrgRoleData(organization_id=ID, role=1, userid=ID),  # type: ignore[call-arg]
            "userid",
            "user_id",
        ),
        (
            lambda: SetUserApiKeyRequest(name="ci", role=0, zzz=1),
            "zzz",
            None,
        ),
    ],
    ids=["typo of dataset_ids", "typo of user_id", "no close match"],
)
def test_a_model_built_to_be_sent_refuses_an_unknown_field(
    build: Callable[[], object], unknown: str, close: str | None
) -> None:
    with pytest.raises(ValidationError) as raised:
        build()
    message = str(raised.value)
    assert f"has no field {unknown!r}" in message
    if close:
        assert f"did you mean {close!r}?" in message
    else:
        assert "did you mean" not in message


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.update_user({"organization_id": ID, "role": 1, "userid": ID}),
        lambda api: api.set_user_api_key({"name": "ci", "role": 0, "dataset_id": [ID]}),
    ],
    ids=["update_user", "set_user_api_key"],
)
def test_a_dict_body_with_an_unknown_field_is_refused_before_sending(
    make_api: MakeApi, call: Callable[[UserApi], object]
) -> None:
    with FaultServer(no_content()) as server:
        with pytest.raises(ValidationError, match="has no field"):
            call(make_api(server.url, key=KEY))
        assert server.attempts == 0


def test_a_dict_nested_in_a_model_is_held_to_the_same_rule() -> None:
    from trieve_py_client._models import SentModel, TrieveModel

    class Inner(SentModel):
        size: int

    class Outer(SentModel):
        inner: Inner | None = None
        items: list[Inner] | None = None

    Outer(inner={"size": 1}, items=[{"size": 2}])
    with pytest.raises(ValidationError) as raised:
        Outer(items=[{"size": 2}, {"sise": 3}])
    assert unknown(raised.value) == [("items", 1, "sise")]
    assert "did you mean 'size'?" in str(raised.value)
    with pytest.raises(ValidationError) as nested:
        Outer.model_validate({"inner": {"sise": 1}})
    assert unknown(nested.value) == [("inner", "sise")]

    # A model only received ignores them at every depth.
    class Read(TrieveModel):
        inner: Inner | None = None

    class ReadOuter(TrieveModel):
        read: Read

    assert ReadOuter.model_validate({"read": {}, "more": 3}).read == Read()
    assert ReadOuter(read=Read(), more=3).read == Read()  # type: ignore[call-arg]


def unknown(error: ValidationError) -> list[tuple[int | str, ...]]:
    """Where the unknown keys an error reports are."""
    return [e["loc"] for e in error.errors() if e["type"] == "extra_forbidden"]


def test_responses_still_ignore_unknown_fields(make_api: MakeApi) -> None:
    payload = {"api_key": KEY, "added_by_a_newer_server": 1}
    with FaultServer(json_response(200, payload)) as server:
        minted = make_api(server.url, key=KEY).set_user_api_key(
            SetUserApiKeyRequest(name="ci", role=0)
        )
    assert minted.api_key == KEY
    assert SetUserApiKeyResponse.from_json('{"api_key": "k", "extra": 1}').api_key == "k"
    assert SetUserApiKeyResponse.from_dict({"api_key": "k", "extra": 1}).api_key == "k"  # type: ignore[union-attr]


# -- values HTTP cannot carry are refused, naming the setting, never the value -------------------


BAD_VALUES = {
    "trailing newline": KEY + "\n",
    "CR LF inside": "tr-abc\r\nX-Injected: 1",
    "NUL": "tr-abc\x00def",
    "outside Latin-1": "tr-ключ-12345678",
}


@pytest.mark.parametrize("value", list(BAD_VALUES.values()), ids=list(BAD_VALUES))
@pytest.mark.parametrize(
    ("setting", "call"),
    [
        (
            "configuration.api_key['ApiKey']",
            lambda make, url, v: make(url, key=v).get_user_api_keys(),
        ),
        (
            "_request_auth",
            lambda make, url, v: make(url, key=KEY).get_user_api_keys(
                _request_auth={"in": "header", "key": "Authorization", "value": v}
            ),
        ),
        (
            "_headers['X-Trace']",
            lambda make, url, v: make(url, key=KEY).get_user_api_keys(_headers={"X-Trace": v}),
        ),
    ],
    ids=["configured key", "_request_auth", "_headers"],
)
def test_an_unsendable_value_is_refused_by_setting_name_before_sending(
    make_api: MakeApi,
    setting: str,
    call: Callable[[MakeApi, str, str], object],
    value: str,
) -> None:
    with FaultServer(json_response(200, [])) as server:
        with pytest.raises(ApiValueError) as raised:
            call(make_api, server.url, value)
        assert server.attempts == 0
    message = str(raised.value)
    assert message.startswith(f"{setting} has ")
    assert "which an HTTP header cannot carry" in message
    assert value.strip() not in message
    assert "tr-" not in message
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None


@pytest.mark.parametrize("name", ["Bad Name", "X-Name\n", "X-Name\r\n"])
def test_an_invalid_header_name_is_refused_before_sending(make_api: MakeApi, name: str) -> None:
    with FaultServer(no_content()) as server:
        expected = re.escape(f"_headers: {name!r} is not a valid HTTP header name")
        with pytest.raises(ApiValueError, match=expected):
            make_api(server.url, key=KEY).get_user_api_keys(_headers={name: "x"})
        assert server.attempts == 0


def test_every_credential_and_header_name_is_checked_however_many_came_before(
    make_api: MakeApi,
) -> None:
    # Credentials and header names found good are remembered, a bounded number of them: past
    # that bound each is still sent as given, and a bad one is still refused.
    with FaultServer(json_response(200, [])) as server:
        api = make_api(server.url, key=KEY)
        sent = [(f"X-Token-{i}", f"tr-{i:032d}") for i in range(150)]
        for name, value in sent:
            api.get_user_api_keys(_request_auth={"in": "header", "key": name, "value": value})
        assert [
            request.header(name) for request, (name, _) in zip(server.requests, sent, strict=True)
        ] == [value for _, value in sent]
        for auth in (
            {"in": "header", "key": "X-Token-1", "value": KEY + "\n"},
            {"in": "header", "key": "X Token", "value": KEY},
        ):
            with pytest.raises(ApiValueError, match=r"^_request_auth"):
                api.get_user_api_keys(_request_auth=auth)
        assert server.attempts == len(sent)


def test_a_lone_surrogate_is_refused_when_the_model_is_built(make_api: MakeApi) -> None:
    with pytest.raises(ValidationError) as raised:
        SetUserApiKeyRequest(name="ci\ud800", role=0)
    assert raised.value.errors()[0]["loc"] == ("name",)
    with FaultServer(no_content()) as server:
        with pytest.raises(ValidationError):
            make_api(server.url, key=KEY).set_user_api_key({"name": "x\udc80", "role": 0})
        assert server.attempts == 0


# -- redirects -----------------------------------------------------------------------------------


def test_no_credential_follows_a_redirect_to_another_origin_whatever_its_header(
    make_api: MakeApi,
) -> None:
    with FaultServer(json_response(200, [])) as elsewhere:
        # 127.0.0.1 and localhost are different origins, as another host would be.
        target = elsewhere.url.replace("127.0.0.1", "localhost") + "/api/user/api_key"
        with FaultServer(redirect(target, 302)) as origin:
            make_api(origin.url, key=KEY).get_user_api_keys(
                _request_auth={"in": "header", "key": "X-Custom-Token", "value": "secret-123456"},
                _headers={"TR-Dataset": ID},
            )
        (first,) = origin.requests
        assert first.header("X-Custom-Token") == "secret-123456"
        (followed,) = elsewhere.requests
        assert followed.header("X-Custom-Token") is None
        assert followed.header("TR-Dataset") is None
        assert followed.header("Authorization") is None
        assert followed.header("User-Agent") is not None  # the harmless ones stay


def test_credentials_stay_on_a_redirect_within_the_origin(make_api: MakeApi) -> None:
    with FaultServer(redirect("/api/user/api_key?page=2", 301), json_response(200, [])) as server:
        make_api(server.url, key=KEY).get_user_api_keys()
        _, followed = server.requests
    assert followed.target == "/api/user/api_key?page=2"
    assert followed.header("Authorization") == KEY


@pytest.mark.parametrize("status", [301, 302, 303])
def test_a_post_redirected_by_301_302_303_is_followed_as_a_get_without_a_body(
    make_api: MakeApi, status: int
) -> None:
    minted = {"api_key": KEY}
    with FaultServer(redirect("/moved", status), json_response(200, minted)) as server:
        result = make_api(server.url, key=KEY).set_user_api_key(
            SetUserApiKeyRequest(name="ci", role=0)
        )
        post, get = server.requests
    assert (post.method, get.method) == ("POST", "GET")
    assert get.path == "/moved"
    assert get.body == b""
    assert get.header("Content-Type") is None
    assert get.header("Authorization") == KEY  # same origin
    assert result.api_key == KEY
    assert [r.method for r in server.requests].count("POST") == 1  # the write was not repeated


@pytest.mark.parametrize("status", [307, 308])
def test_a_post_redirected_by_307_308_keeps_its_method_and_body(
    make_api: MakeApi, status: int
) -> None:
    with FaultServer(redirect("/moved", status), json_response(200, {"api_key": KEY})) as server:
        make_api(server.url, key=KEY).set_user_api_key(SetUserApiKeyRequest(name="ci", role=0))
        first, second = server.requests
    assert (first.method, second.method) == ("POST", "POST")
    assert second.path == "/moved"
    assert second.json() == {"name": "ci", "role": 0}


def test_a_post_redirect_to_another_origin_drops_the_credentials(make_api: MakeApi) -> None:
    with FaultServer(json_response(200, {"api_key": KEY})) as elsewhere:
        target = elsewhere.url.replace("127.0.0.1", "localhost") + "/api/user/api_key"
        with FaultServer(redirect(target, 307)) as origin:
            make_api(origin.url, key=KEY).set_user_api_key(SetUserApiKeyRequest(name="ci", role=0))
        (followed,) = elsewhere.requests
    assert followed.method == "POST"
    assert followed.header("Authorization") is None
    assert followed.json() == {"name": "ci", "role": 0}


@pytest.fixture
def make_api(api_factory: MakeApi) -> MakeApi:
    return api_factory


# -- every path of a request keeps these promises ------------------------------------------------


def test_a_misspelt_option_or_stray_argument_never_quotes_its_value() -> None:
    api = UserApi(ApiClient(Configuration(host="http://127.0.0.1:9")))
    secret = "sk_live_abcdefghijkl"
    calls = [
        lambda: api.get_user_api_keys(  # type: ignore[call-arg]
            _request_auht={"in": "header", "key": "Authorization", "value": secret}
        ),
        lambda: api.get_user_api_keys(_header={"Authorization": secret}),  # type: ignore[call-arg]
        lambda: api.get_user_api_keys(api_key=secret),  # type: ignore[call-arg]
        lambda: api.set_user_api_key({"name": "x", "role": 0, "note": secret}),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(ValidationError) as raised:
            call()
        assert secret not in str(raised.value)
        assert secret not in repr(raised.value.errors())
    api.api_client.close()


def test_proxy_headers_are_checked_before_anything_is_sent() -> None:
    with FaultServer(no_content()) as proxy:
        config = Configuration(host="http://api.example")
        config.proxy = proxy.url
        config.proxy_headers = {
            "Proxy-Authorization": "Basic c2VjcmV0cGFzc3dvcmQ=\r\nX-Injected: 1"
        }
        with pytest.raises(ApiValueError) as raised:
            ApiClient(config)
        assert proxy.attempts == 0
    assert str(raised.value).startswith("proxy_headers['Proxy-Authorization'] has a line break")
    assert "c2VjcmV0" not in str(raised.value)


@pytest.mark.parametrize("status", [303, 307])
def test_a_failure_after_a_redirected_post_names_its_hop_and_an_unknown_outcome(
    make_api: MakeApi, status: int
) -> None:
    from support.faultserver import closed_port

    from trieve_py_client import ApiConnectionError

    port = closed_port()
    with FaultServer(redirect(f"http://127.0.0.1:{port}/done", status)) as server:
        with pytest.raises(ApiConnectionError) as raised:
            make_api(server.url, key=KEY, retries=0).set_user_api_key(
                SetUserApiKeyRequest(name="ci", role=0)
            )
        assert server.requests[0].method == "POST"
    assert raised.value.outcome_unknown is True
    assert f"cannot connect to 127.0.0.1:{port}" in str(raised.value)
    assert raised.value.url == f"http://127.0.0.1:{port}/done"


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_an_unparsable_location_is_an_sdk_error(make_api: MakeApi, method: str) -> None:
    from trieve_py_client import ApiResponseError

    calls = {
        "POST": lambda api: api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=0)),
        "GET": lambda api: api.get_user_api_keys(),
    }
    with FaultServer(redirect("http://[::1", 302)) as server:
        api = make_api(server.url, key=KEY)
        with pytest.raises(ApiResponseError, match="cannot be followed") as raised:
            calls[method](api)
    # A POST may have been acted on; a GET changes nothing, whatever its answer.
    assert raised.value.outcome_unknown is (method == "POST")


def test_an_undecodable_body_is_a_response_error_with_an_unknown_outcome(make_api: MakeApi) -> None:
    from support.faultserver import respond

    from trieve_py_client import ApiResponseError

    gzip_lie = respond(
        200, b"notgzip", [("Content-Encoding", "gzip")], content_type="application/json"
    )
    with (
        FaultServer(gzip_lie) as server,
        pytest.raises(ApiResponseError, match="encoded with 'gzip'") as raised,
    ):
        make_api(server.url, key=KEY, retries=0).set_user_api_key(
            SetUserApiKeyRequest(name="ci", role=0)
        )
    assert raised.value.outcome_unknown is True


def test_a_timeout_object_with_unset_parts_is_bounded_by_the_defaults() -> None:
    import urllib3

    config = Configuration(timeout=urllib3.Timeout(connect=2))
    assert (config.timeout.connect_timeout, config.timeout.read_timeout) == (2, 60.0)
    config.timeout = urllib3.Timeout(read=3)
    assert (config.timeout.connect_timeout, config.timeout.read_timeout) == (5.0, 3)
    config.timeout = urllib3.Timeout(connect=1, read=None)
    assert config.timeout.read_timeout == 60.0
    assert Configuration(timeout=urllib3.Timeout(total=4)).timeout.total == 4


@pytest.mark.parametrize(
    "value", ["application/json\r\nX-Injected: 1", "application/jsoné€", "text/plain\x00"]
)
def test_an_unsendable_content_type_is_refused_before_sending(
    make_api: MakeApi, value: str
) -> None:
    with FaultServer(no_content()) as server:
        with pytest.raises(ApiValueError, match=r"^_content_type has "):
            make_api(server.url, key=KEY).get_user_api_keys(_content_type=value)
        assert server.attempts == 0


def test_a_json_content_type_with_a_trailing_newline_is_refused(make_api: MakeApi) -> None:
    with FaultServer(no_content()) as server:
        with pytest.raises(ApiValueError, match=r"^_content_type has "):
            make_api(server.url, key=KEY).set_user_api_key(
                SetUserApiKeyRequest(name="ci", role=0), _content_type="application/json\n"
            )
        assert server.attempts == 0


def test_a_redirected_post_spends_one_redirect_budget(make_api: MakeApi) -> None:
    from trieve_py_client import ApiTransportError

    loop = [redirect(f"/r{n}", 302) for n in range(8)]
    with FaultServer(*loop) as server:
        with pytest.raises(ApiTransportError, match="too many redirects"):
            make_api(server.url, key=KEY).set_user_api_key(SetUserApiKeyRequest(name="c", role=0))
        assert server.attempts == 6  # the POST and five redirects, not five more for the GET
