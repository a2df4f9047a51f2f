"""Responses cost what their size says: an encoded body the client did not ask for is not
decoded (a 1 MB gzip answer would become 1 GiB), and the message of an exception masks only
the part of a body it shows, whatever the body's size."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from collections.abc import Callable

import pytest
from support import KEY
from support.faultserver import FaultServer, respond

from trieve_py_client import (
    ApiClient,
    ApiException,
    ApiResponseError,
    BadRequestException,
    Configuration,
    SetUserApiKeyRequest,
    UserApi,
)

KEYS_JSON = json.dumps(
    [
        {
            "id": "00000000-0000-0000-0000-000000000001",
            "name": "ci",
            "role": 0,
            "user_id": "00000000-0000-0000-0000-000000000002",
            "created_at": "2024-01-01T00:00:00",
            "updated_at": "2024-01-01T00:00:00",
        }
    ]
).encode()


def _api(server: FaultServer) -> tuple[ApiClient, UserApi]:
    client = ApiClient(Configuration(host=server.url, api_key={"ApiKey": KEY}, retries=0))
    return client, UserApi(client)


# -- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", gzip.compress), ("deflate", zlib.compress), ("GZip ", gzip.compress)],
    ids=["gzip", "deflate", "odd-case"],
)
@pytest.mark.parametrize("status", [200, 400])
def test_an_encoded_body_the_client_did_not_ask_for_is_refused_not_decoded(
    encoding: str, compress: Callable[[bytes], bytes], status: int
) -> None:
    # A bomb in small: 64 KiB of compressed zeros would decode to 64 MiB and more.
    body = compress(KEYS_JSON if status == 200 else b'{"message": "no"}')
    answer = respond(
        status, body, [("Content-Encoding", encoding)], content_type="application/json"
    )
    with FaultServer(answer) as server:
        client, api = _api(server)
        with client, pytest.raises(ApiResponseError) as raised:
            api.get_user_api_keys()
        assert server.requests[0].header("Accept-Encoding") == "identity"
    message = str(raised.value)
    assert encoding.strip() in message
    assert "identity" in message
    assert raised.value.status == status
    assert raised.value.outcome_unknown is False  # a GET changed nothing, whatever it answered


def test_an_encoded_answer_to_a_write_leaves_its_outcome_unknown() -> None:
    answer = respond(
        200,
        gzip.compress(b'{"api_key": "x"}'),
        [("Content-Encoding", "gzip")],
        content_type="application/json",
    )
    with FaultServer(answer) as server:
        client, api = _api(server)
        with client, pytest.raises(ApiResponseError) as raised:
            api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=0))
    assert raised.value.outcome_unknown is True  # the server may have minted the key


def test_an_identity_encoding_is_read_as_it_is() -> None:
    answer = respond(
        200, KEYS_JSON, [("Content-Encoding", "identity")], content_type="application/json"
    )
    with FaultServer(answer) as server:
        client, api = _api(server)
        with client:
            assert api.get_user_api_keys()[0].name == "ci"


def test_a_response_left_unread_is_given_undecoded() -> None:
    body = gzip.compress(KEYS_JSON)
    answer = respond(200, body, [("Content-Encoding", "gzip")], content_type="application/json")
    with FaultServer(answer) as server:
        client, api = _api(server)
        with client:
            raw = api.get_user_api_keys_without_preload_content()
            assert raw.read() == body
            raw.release_conn()


# -- long error bodies ------------------------------------------------------------------------

_BODY_CHARACTERS = 4_000_000


def _peak_allocated_by(render: Callable[[], str]) -> tuple[str, int]:
    tracemalloc.start()
    try:
        text = render()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return text, peak


@pytest.mark.parametrize("content_type", ["text/plain", "application/json"])
def test_the_message_of_a_huge_error_body_masks_only_what_it_shows(content_type: str) -> None:
    # A body that quotes a key every few hundred characters: masking all of it would copy
    # all of it (and, in Python, take seconds for 50 MB) on every print and log line.
    line = f"line with {KEY} and some words to fill it up\n"
    text = line * (_BODY_CHARACTERS // len(line))
    body = json.dumps({"message": text}) if content_type == "application/json" else text
    with FaultServer(respond(400, body, content_type=content_type)) as server:
        client, api = _api(server)
        with client, pytest.raises(BadRequestException) as raised:
            api.get_user_api_keys()
    error = raised.value
    message, peak = _peak_allocated_by(lambda: str(error))
    assert KEY not in message
    assert "<redacted>" in message
    assert f"({len(body)} characters)" in message
    # What rendering allocates is bounded by what it shows, not by the body: a few copies of
    # a few thousand characters, where masking the whole body copies megabytes.
    assert peak < 200_000, peak


@pytest.mark.parametrize("cut", range(1990, 2001, 2))
def test_an_api_key_member_cut_by_the_limit_shows_none_of_its_value(cut: int) -> None:
    secret_value = "s3cr3t-" + "v" * 60  # of no known shape, and never handed to the SDK
    body = "x" * (cut - len('{"api_key": "')) + '{"api_key": "' + secret_value + '"}' + "y" * 50
    error = ApiException(status=400, reason="Bad Request", body=body + "z" * 100_000)
    message = str(error)
    assert "s3cr3t" not in message
    assert "vvv" not in message
    assert "x" * 1900 in message
