"""Streamed answers: the text as it arrives, parsed byte-exactly however the stream is cut,
against a loopback server that writes Trieve's format in chosen pieces
(test/support/ragserver.py)."""

from __future__ import annotations

import contextlib
import gzip
import itertools
import json
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from support.ragserver import RagServer, Script, chunk_json, message_stream

from trieve_py_client import (
    ApiClient,
    ApiResponseError,
    ApiTimeoutError,
    ApiValueError,
    BadRequestException,
    ChunkApi,
    Configuration,
    MessageApi,
    models,
)

TOPIC = "00000000-0000-4000-8000-0000000000aa"


@pytest.fixture(scope="module")
def rag() -> Iterator[RagServer]:
    with RagServer() as server:
        yield server


@pytest.fixture(scope="module")
def client(rag: RagServer) -> Iterator[ApiClient]:
    configuration = Configuration(host=rag.url, api_key={"ApiKey": "tr-test"})
    with ApiClient(configuration) as api_client:
        yield api_client


def payload(
    completion_first: bool = False, stream: bool | None = None
) -> models.CreateMessageReqPayload:
    options = models.LLMOptions(completion_first=completion_first, stream_response=stream)
    return models.CreateMessageReqPayload(
        topic_id=TOPIC, new_message_content="question", llm_options=options
    )


def cut(data: bytes, points: list[int]) -> list[bytes]:
    marks = sorted({p % (len(data) + 1) for p in points} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(marks) if b > a] or [b""]


TEXT = st.text(alphabet=st.sampled_from(["a", "|", "é", "€", "😀", " ", "[", "]", "\n"]))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.lists(TEXT, max_size=6),
    cited=st.integers(0, 3),
    first=st.booleans(),
    points=st.lists(st.integers(0, 10_000), max_size=12),
)
def test_every_cut_gives_the_same_text_and_citations(
    rag: RagServer, client: ApiClient, text: list[str], cited: int, first: bool, points: list[int]
) -> None:
    whole = "".join(text)
    # A completion_first text that itself starts `[]||` reads as the no-results form.
    if first and cited and whole.startswith("[]||"):
        whole = "x" + whole
    chunks = [chunk_json(str(uuid.uuid4()), "a||b|") for _ in range(cited)]
    rag.stream(Script(cut(message_stream([whole], chunks, first), points)))
    with MessageApi(client).create_message_stream("dataset", payload(first)) as answer:
        deltas = list(answer)
        assert "".join(deltas) == whole == answer.text
        assert answer.done
        assert answer.status == 200
        assert [c.id for c in answer.citations or []] == [c["id"] for c in chunks]
        assert all(isinstance(c, models.ChunkMetadataStringTagSet) for c in answer.citations or [])


CHUNK_ID = "00000000-0000-4000-8000-0000000000c1"
CITED = json.dumps([chunk_json(CHUNK_ID, "x")]).encode()


@pytest.mark.parametrize(
    ("pieces", "first", "text", "cited"),
    [
        # The separator split across reads, at each of its bytes.
        ([b"[]|", b"|Hello"], False, "Hello", []),
        ([CITED + b"|", b"|Hi"], False, "Hi", [CHUNK_ID]),
        ([CITED[:5], CITED[5:] + b"||", b"Hi"], False, "Hi", [CHUNK_ID]),
        # `||` inside the text, whole and split.
        ([b"[]||a||b", b"|", b"|c"], False, "a||b||c", []),
        # A UTF-8 character split across reads.
        ([b"[]||caf", b"\xc3", b"\xa9!"], False, "caf\u00e9!", []),
        ([b"[]||\xf0\x9f", b"\x98\x80"], False, "\U0001f600", []),
        # completion_first: the text, `||`, then the JSON; the text may hold `||` itself, and
        # its last `|` may come alone before the separator.
        ([b"xy|", b"|" + CITED], True, "xy", [CHUNK_ID]),
        ([b"x||y|", b"|" + CITED], True, "x||y", [CHUNK_ID]),
        ([b"x||y", b"|", b"|", CITED], True, "x||y", [CHUNK_ID]),
        # No chunks found: the stream begins `[]||` even with completion_first.
        ([b"[]|", b"|text"], True, "text", []),
    ],
)
def test_each_boundary_gives_the_exact_text(
    rag: RagServer,
    client: ApiClient,
    pieces: list[bytes],
    first: bool,
    text: str,
    cited: list[str],
) -> None:
    rag.stream(Script(pieces))
    with MessageApi(client).create_message_stream("dataset", payload(first)) as answer:
        assert "".join(answer) == text == answer.text
        assert [c.id for c in answer.citations or []] == cited


def test_text_comes_as_it_arrives(rag: RagServer, client: ApiClient) -> None:
    go_on = threading.Event()
    rag.stream(Script([b"[]||Hello", b" world"], gates=[go_on], headers={"X-Trace": "t-1"}))
    with MessageApi(client).create_message_stream("dataset", payload()) as answer:
        assert answer.status == 200
        assert answer.headers["x-trace"] == "t-1"
        deltas = iter(answer)
        # The server sends the rest only once the first text was read here.
        assert next(deltas) == "Hello"
        assert answer.citations == []
        go_on.set()
        assert list(deltas) == [" world"]
    assert answer.text == "Hello world"


def test_generate_off_chunks_streams_text_only(rag: RagServer, client: ApiClient) -> None:
    rag.stream(Script([b"[1]||", "caf\u00e9".encode()[:4], "caf\u00e9".encode()[4:]]))
    body = models.GenerateOffChunksReqPayload(
        chunk_ids=[str(uuid.uuid4())],
        prev_messages=[models.ChatMessageProxy(content="q", role=models.RoleProxy.USER)],
    )
    with ChunkApi(client).generate_off_chunks_stream("dataset", body) as answer:
        assert answer.read_text() == "[1]||caf\u00e9"
        assert answer.citations is None


@pytest.mark.parametrize(
    "variant",
    ["edit_message_stream", "regenerate_message_stream", "regenerate_message_patch_stream"],
)
def test_every_message_operation_streams(rag: RagServer, client: ApiClient, variant: str) -> None:
    rag.stream(Script([b"[]||done"]))
    body_type = (
        models.EditMessageReqPayload
        if variant.startswith("edit")
        else models.RegenerateMessageReqPayload
    )
    extra = (
        {"message_sort_order": 1, "new_message_content": "q"} if variant.startswith("edit") else {}
    )
    body = body_type(topic_id=TOPIC, **extra)
    deprecated = variant == "regenerate_message_stream"  # DELETE: the spec marks it deprecated
    warned = (
        pytest.warns(DeprecationWarning, match="deprecated")
        if deprecated
        else contextlib.nullcontext()
    )
    with warned, getattr(MessageApi(client), variant)("dataset", body) as answer:
        assert answer.read_text() == "done"
    method = {"edit": "PUT", "regenerate_message_stream": "DELETE"}
    sent = next((m for k, m in method.items() if variant.startswith(k)), "PATCH")
    assert rag.requests[-1][:2] == (sent, "/api/message")


def test_an_error_status_raises_its_exception(rag: RagServer, client: ApiClient) -> None:
    rag.stream(Script([], status=400, body=b'{"message": "No messages found for the topic"}'))
    with pytest.raises(BadRequestException) as raised:
        MessageApi(client).create_message_stream("dataset", payload())
    assert raised.value.data.message == "No messages found for the topic"


def test_a_stream_cut_short_raises_after_its_text(rag: RagServer, client: ApiClient) -> None:
    rag.stream(Script([b"[]||partial"], broken=True))
    seen: list[str] = []
    with (
        MessageApi(client).create_message_stream("dataset", payload()) as answer,
        pytest.raises(ApiResponseError, match="truncated"),
    ):
        seen.extend(answer)
    assert answer.text == "partial"


def test_an_encoded_stream_is_refused_not_decoded(rag: RagServer, client: ApiClient) -> None:
    rag.stream(Script([gzip.compress(b"[]||text")], headers={"Content-Encoding": "gzip"}))
    with (
        MessageApi(client).create_message_stream("dataset", payload()) as answer,
        pytest.raises(ApiResponseError, match="encoded with 'gzip'") as raised,
    ):
        answer.read_text()
    assert answer.text == ""
    assert raised.value.outcome_unknown  # the server answered, so it stored the message


@pytest.mark.parametrize(
    ("pieces", "problem"),
    [
        ([b"text first, never the citations"], "without its citations"),
        ([b'[{"id": '], "before the end"),
    ],
)
def test_a_stream_without_its_parts_raises(
    rag: RagServer, client: ApiClient, pieces: list[bytes], problem: str
) -> None:
    rag.stream(Script(pieces))
    first = pieces[0].startswith(b"text")
    with (
        MessageApi(client).create_message_stream("dataset", payload(first)) as answer,
        pytest.raises(ApiResponseError, match=problem) as raised,
    ):
        answer.read_text()
    assert raised.value.outcome_unknown  # the server stores the message as its stream ends


def test_each_wait_is_bounded_by_the_read_timeout(rag: RagServer, client: ApiClient) -> None:
    never = threading.Event()
    rag.stream(Script([b"[]||one", b"two"], gates=[never]))
    api = MessageApi(client)
    with (
        api.create_message_stream("dataset", payload(), _request_timeout=(5.0, 0.3)) as answer,
        pytest.raises(ApiTimeoutError),
    ):
        answer.read_text()
    assert answer.text == "one"
    never.set()


def test_closing_early_releases_the_connection(rag: RagServer) -> None:
    configuration = Configuration(host=rag.url, api_key={"ApiKey": "tr-test"})
    configuration.connection_pool_maxsize = 1
    go_on = threading.Event()
    rag.stream(Script([b"[]||start", b" rest"], gates=[go_on]), Script([b"[]||again"]))
    with ApiClient(configuration) as api_client:
        api = MessageApi(api_client)
        with api.create_message_stream("dataset", payload()) as answer:
            assert next(iter(answer)) == "start"
            during = open_sockets()
        assert answer.done
        # The client's end is closed at once, with the rest unread; the server's end is still
        # held open by the server, which waits to send the rest.
        assert open_sockets() == during - 1
        go_on.set()
        # The pool's one place is free again: the next call gets a connection.
        with api.create_message_stream("dataset", payload()) as again:
            assert again.read_text() == "again"


def open_sockets() -> int:
    """The sockets this process holds open (Linux)."""
    fds = Path("/proc/self/fd")
    return sum(os.readlink(fd).startswith("socket:") for fd in fds.iterdir() if fd.exists())


def test_stream_response_false_is_refused_before_sending(rag: RagServer, client: ApiClient) -> None:
    before = len(rag.requests)
    with pytest.raises(ApiValueError, match="stream_response=False"):
        MessageApi(client).create_message_stream("dataset", payload(stream=False))
    assert len(rag.requests) == before


def test_a_streams_arguments_are_checked_before_sending(rag: RagServer, client: ApiClient) -> None:
    before = len(rag.requests)
    api = MessageApi(client)
    # As every variant of the operation checks them, under the helper's own name.
    with pytest.raises(ValidationError, match="create_message_stream") as raised:
        api.create_message_stream(42, payload())  # type: ignore[arg-type]
    assert raised.value.errors()[0]["loc"] == ("tr_dataset",)
    with pytest.raises(ValidationError, match="_request_timout"):
        api.create_message_stream("dataset", payload(), _request_timout=3.0)  # type: ignore[call-arg]
    assert len(rag.requests) == before
