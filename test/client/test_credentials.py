"""Credentials: a key given under a name the API has no scheme for is refused, a key a server
echoes shows in no rendering of the exception, and every field whose value is a bearer
credential is masked as the minted key is."""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from support import KEY
from support.faultserver import FaultServer, json_response, respond

import trieve_py_client
from trieve_py_client import (
    ApiClient,
    ApiValueError,
    BadRequestException,
    Configuration,
    FileDTO,
    UserApi,
)
from trieve_py_client._models import SECRET, TrieveModel

REPO = Path(__file__).resolve().parents[2]


# -- scheme names -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Authorization", "authorization", "apikey", "x-api-key"])
def test_a_key_under_a_header_name_or_a_miscased_scheme_is_refused(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the check the key was silently never sent, or TRIEVE_API_KEY's was instead.
    monkeypatch.setenv("TRIEVE_API_KEY", "tr-from-the-environment-000000000")
    with pytest.raises(ApiValueError) as raised:
        Configuration(host="http://127.0.0.1:9", api_key={name: KEY})
    message = str(raised.value)
    assert "'ApiKey'" in message
    assert repr(name) in message
    assert KEY not in message
    assert KEY not in repr(raised.value)
    config = Configuration(host="http://127.0.0.1:9")
    with pytest.raises(ApiValueError, match="'ApiKey'"):
        config.api_key[name] = KEY
    with pytest.raises(ApiValueError, match="'ApiKey'"):
        config.api_key = {name: KEY}


def test_a_key_under_a_name_no_scheme_has_is_refused_before_sending() -> None:
    with FaultServer(json_response(200, [])) as server:
        config = Configuration(host=server.url, api_key={"Bearer": KEY})
        with ApiClient(config) as client, pytest.raises(ApiValueError) as raised:
            UserApi(client).get_user_api_keys()
        assert server.attempts == 0
    assert "'Bearer'" in str(raised.value)
    assert "'ApiKey'" in str(raised.value)
    assert KEY not in str(raised.value)


def test_a_name_added_to_the_callers_own_dict_later_is_refused_before_sending() -> None:
    keys = {"ApiKey": KEY}
    with FaultServer(json_response(200, [])) as server:
        with ApiClient(Configuration(host=server.url, api_key=keys)) as client:
            api = UserApi(client)
            api.get_user_api_keys()
            del keys["ApiKey"]
            keys["Authorization"] = KEY
            with pytest.raises(ApiValueError, match="'ApiKey'") as raised:
                api.get_user_api_keys()
        assert KEY not in str(raised.value)
        assert server.attempts == 1


# -- an echoed key ----------------------------------------------------------------------------


def test_an_echoed_key_shows_in_no_rendering_of_the_exception_or_its_data() -> None:
    echo = json_response(400, {"message": f"key {KEY} may not do that"})
    with FaultServer(echo) as server:
        config = Configuration(host=server.url, api_key={"ApiKey": KEY}, retries=0)
        with ApiClient(config) as client, pytest.raises(BadRequestException) as raised:
            UserApi(client).get_user_api_keys()
    error = raised.value
    assert error.data.message == f"key {KEY} may not do that"  # the attribute keeps it
    shown = [
        str(error),
        repr(error),
        repr(error.args),
        repr(error.data),
        str(error.data),
        error.data.to_str(),
        repr(pickle.loads(pickle.dumps(error))),  # noqa: S301  # our own bytes
    ]
    for text in shown:
        assert KEY not in text, text
    assert "may not do that" in repr(error.data)


def test_a_key_in_the_reason_phrase_is_not_in_args() -> None:
    reason = f"Bad {KEY}"
    with FaultServer(respond(400, b"{}", content_type="application/json")) as server:
        # The reason phrase a gateway writes on the status line.
        server.queue(
            lambda exchange: (
                exchange.send(
                    f"HTTP/1.1 400 {reason}\r\nContent-Length: 0\r\n\r\n".encode("latin-1")
                ),
                True,
            )[1]
        )
        config = Configuration(host=server.url, api_key={"ApiKey": KEY}, retries=0)
        with ApiClient(config) as client, pytest.raises(BadRequestException) as raised:
            UserApi(client).get_user_api_keys()
    assert raised.value.reason == reason
    assert KEY not in repr(raised.value)
    assert all(KEY not in str(arg) for arg in raised.value.args)


# -- bearer-credential fields -----------------------------------------------------------------

SIGNED_URL = (
    "https://bucket.s3.amazonaws.com/files/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIAEXAMPLE%2F20240101%2Fus-east-1%2Fs3%2Faws4_request"
    "&X-Amz-Expires=6000&X-Amz-Signature=" + "ab" * 32
)
LISTED = re.compile(r"^\| `(?P<model>\w+)\.(?P<field>\w+)` \| (?P<why>.+) \|$", re.MULTILINE)


def _listed_secret_fields() -> dict[str, str]:
    section = (REPO / "spec" / "README.md").read_text(encoding="utf-8")
    section = section.split("## Secret fields", 1)[1].split("\n## ", 1)[0]
    return {f"{m['model']}.{m['field']}": m["why"] for m in LISTED.finditer(section)}


def _generated_secret_fields() -> set[str]:
    found = set()
    for name in trieve_py_client.__all__:
        model = getattr(trieve_py_client, name)
        if isinstance(model, type) and issubclass(model, TrieveModel):
            for field_name, field in model.model_fields.items():
                if SECRET in field.metadata:
                    found.add(f"{name}.{field_name}")
    return found


def test_the_listed_secret_fields_are_the_generated_ones() -> None:
    listed = _listed_secret_fields()
    assert {"FileDTO.s3_url", "StripeInvoice.hosted_invoice_url"} <= set(listed)
    assert "CreateSetupCheckoutSessionResPayload.url" in listed
    assert all(why.strip() for why in listed.values())
    assert set(listed) == _generated_secret_fields()
    # Each one is marked in openapi.json, where the build put it from spec/corrections.json.
    spec = json.loads((REPO / "openapi.json").read_text(encoding="utf-8"))
    for qualified in listed:
        model, field = qualified.split(".")
        assert spec["components"]["schemas"][model]["properties"][field].get("x-secret") is True


@pytest.mark.parametrize("qualified", sorted(_listed_secret_fields()))
def test_a_bearer_credential_field_never_prints(qualified: str) -> None:
    model_name, field = qualified.split(".")
    model = getattr(trieve_py_client, model_name)
    # Any valid instance will do: the secret field is set to the signed URL, the others to
    # what the schema's own example or the type accepts.
    values = {name: _sample(info) for name, info in model.model_fields.items()}
    values[field] = SIGNED_URL
    built = model.model_validate(values)
    assert getattr(built, field) == SIGNED_URL  # the attribute keeps it
    for text in (repr(built), str(built), built.to_str()):
        assert SIGNED_URL not in text, text
        assert "X-Amz-Signature" not in text, text
    # Remembered: wherever the value shows later (a log line, an error), it is masked.
    assert SIGNED_URL not in trieve_py_client.ApiException(reason=f"see {SIGNED_URL}").__str__()


def _sample(field: object) -> object:
    annotation = str(getattr(field, "annotation", ""))
    for kind, value in (
        ("datetime", "2024-01-01T00:00:00"),
        ("List", []),
        ("list", []),
        ("dict", {}),
        ("bool", False),
        ("int", 0),
        ("float", 0.0),
    ):
        if kind in annotation:
            return value
    return "00000000-0000-0000-0000-000000000000"


def test_a_file_read_from_the_api_prints_no_signed_url(
    api_factory: Callable[..., UserApi],
) -> None:
    body = {
        "id": "00000000-0000-0000-0000-000000000001",
        "file_name": "report.pdf",
        "created_at": "2024-01-01T00:00:00",
        "updated_at": "2024-01-01T00:00:00",
        "size": 3,
        "s3_url": SIGNED_URL,
        "metadata": None,
        "link": None,
    }
    with FaultServer(json_response(200, body)) as server:
        config = Configuration(host=server.url, api_key={"ApiKey": KEY})
        with ApiClient(config) as client:
            got = trieve_py_client.FileApi(client).get_file_handler(
                "00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000001"
            )
    assert isinstance(got, FileDTO)
    assert got.s3_url == SIGNED_URL
    assert SIGNED_URL not in repr(got)
    assert "<redacted>" in repr(got)
