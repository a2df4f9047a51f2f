"""Retries never repeat a write, and ``outcome_unknown`` says what is true: PUT and DELETE
operations that write again (the spec's ``x-not-idempotent``) are sent once, a billed
completion is not read-only, a TLS failure after sending and a gateway's 520, 522 or 524 leave a
write's outcome unknown, and a read never does. Also the read timeout of the operations that
wait on an LLM (the spec's ``x-read-timeout``). Each against a loopback server."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import DATASET_ID, KEY
from support.faultcases import TIMED_OUT, TIMEOUT, urllib3_reason
from support.faultserver import (
    Behaviour,
    Exchange,
    FaultServer,
    closed_port,
    json_response,
    no_content,
    respond,
    server_tls_context,
    silent,
    tls_garbage,
)
from urllib3.exceptions import SSLError

from trieve_py_client import (
    AnalyticsApi,
    ApiClient,
    ApiConnectionError,
    ApiException,
    ApiTimeoutError,
    ApiTLSError,
    ChunkApi,
    Configuration,
    CTRDataRequestBody,
    EditMessageReqPayload,
    MessageApi,
    RegenerateMessageReqPayload,
    ServiceException,
    TopicApi,
    UpdateTopicReqPayload,
    UserApi,
)
from trieve_py_client.keys import cli
from trieve_py_client.testing import LocalTrieveServer

ROOT = Path(__file__).resolve().parents[2]
TOPIC = uuid.UUID("0b6f3c2e-7d41-4e8a-9f12-6a5b4c3d2e1f")
SERVER_ERROR = {"message": "boom"}


@pytest.fixture
def client_for(sleeps: list[float]) -> Iterator[Any]:
    """``client_for(url, **settings)``: an ApiClient for ``url``; no retry waits are slept."""
    made: list[ApiClient] = []

    def make(url: str, **settings: Any) -> ApiClient:
        config = Configuration(host=url, api_key={"ApiKey": KEY})
        for name, value in settings.items():
            setattr(config, name, value)
        made.append(ApiClient(config))
        return made[-1]

    yield make
    for client in made:
        client.close()


def send_ctr(client: ApiClient, **options: Any) -> Any:
    click = CTRDataRequestBody(ctr_type="search", position=1, request_id=uuid.uuid4())
    with pytest.warns(DeprecationWarning, match="send_ctr_data is deprecated"):
        return AnalyticsApi(client).send_ctr_data(DATASET_ID, click, **options)


def regenerate(client: ApiClient, **options: Any) -> Any:
    request = RegenerateMessageReqPayload(topic_id=TOPIC)
    with pytest.warns(DeprecationWarning, match="regenerate_message is deprecated"):
        return MessageApi(client).regenerate_message(DATASET_ID, request, **options)


WRITES = {
    "send_ctr_data": send_ctr,
    "edit_message": lambda client, **options: MessageApi(client).edit_message(
        DATASET_ID,
        EditMessageReqPayload(topic_id=TOPIC, message_sort_order=1, new_message_content="hi"),
        **options,
    ),
    "regenerate_message": regenerate,
}


# -- writes that a repeat would do again ------------------------------------------------------


@pytest.mark.parametrize("name", sorted(WRITES))
@pytest.mark.parametrize(
    "failure", [lambda: json_response(500, SERVER_ERROR), silent], ids=["500", "read_timeout"]
)
def test_a_put_or_delete_that_writes_again_is_sent_once(
    name: str, failure: Any, client_for: Any
) -> None:
    with FaultServer(failure(), no_content()) as server:
        client = client_for(server.url)
        with pytest.raises(ApiException) as raised:
            WRITES[name](client, _request_timeout=TIMED_OUT)
        assert server.attempts == 1
    assert raised.value.outcome_unknown is True
    assert raised.value.attempts == 1


def test_a_put_that_writes_again_is_retried_when_nothing_was_sent(client_for: Any) -> None:
    client = client_for(f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(ApiConnectionError) as raised:
        send_ctr(client, _request_timeout=TIMEOUT)
    assert raised.value.attempts == 3
    assert raised.value.outcome_unknown is False


def test_an_idempotent_put_is_still_retried(client_for: Any) -> None:
    topic = {"id": str(TOPIC), "name": "n", "owner_id": "o", "dataset_id": DATASET_ID}
    topic.update(created_at="2024-01-01T00:00:00", updated_at="2024-01-01T00:00:00", deleted=False)
    with FaultServer(json_response(500, SERVER_ERROR), no_content()) as server:
        client = client_for(server.url)
        request = UpdateTopicReqPayload(topic_id=TOPIC, name="renamed")
        TopicApi(client).update_topic(DATASET_ID, request, _request_timeout=TIMEOUT)
        assert server.attempts == 2


def test_suggested_queries_run_a_billed_completion_so_a_failure_is_not_resent(
    client_for: Any,
) -> None:
    with FaultServer(json_response(500, SERVER_ERROR), json_response(200, {"queries": []})) as s:
        client = client_for(s.url)
        with pytest.raises(ServiceException) as raised:
            ChunkApi(client).get_suggested_queries(DATASET_ID, {}, _request_timeout=TIMEOUT)
        assert s.attempts == 1
    assert raised.value.outcome_unknown is True


# -- what the spec and the docs say of retries ------------------------------------------------


def test_every_put_and_delete_is_sorted_and_exactly_the_listed_ones_are_marked() -> None:
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    listing = (ROOT / "spec" / "not_idempotent_operations.json").read_text(encoding="utf-8")
    found = json.loads(listing)
    writes = {
        operation["operationId"]: operation.get("x-not-idempotent", False)
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in ("put", "delete")
    }
    assert set(writes) == set(found["not_idempotent"]) | set(found["idempotent"])
    assert {name for name, marked in writes.items() if marked} == set(found["not_idempotent"])
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    for name in found["not_idempotent"]:
        assert f"#{name}) | **" in index
        row = index.split(f"#{name}) | **", 1)[1].split("\n", 1)[0]
        assert "*not idempotent*" in row, name


def test_the_docs_of_a_search_say_a_retry_records_its_event_again() -> None:
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    recording = {
        operation["operationId"]: operation["tags"][0].replace(" ", "")
        for item in spec["paths"].values()
        for operation in item.values()
        if operation.get("x-records-event")
    }
    assert set(recording) == {
        "autocomplete",
        "get_recommended_chunks",
        "get_recommended_groups",
        "search_chunks",
        "search_over_groups",
        "search_within_group",
    }
    for name, tag in recording.items():
        page = (ROOT / "docs" / f"{tag}Api.md").read_text(encoding="utf-8")
        section = page.split(f"# **{name}**", 1)[1].split("\n# **", 1)[0]
        assert "records an analytics event" in section, name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "changes nothing however it failed" not in readme
    assert "records an analytics event" in readme


# -- TLS failures -----------------------------------------------------------------------------


@pytest.mark.parametrize("write", [False, True], ids=["get", "put_that_writes_again"])
def test_a_tls_failure_after_the_request_was_sent_is_no_handshake_failure(
    write: bool, tls_files: tuple[Path, Path], client_for: Any
) -> None:
    cert, _ = tls_files
    with FaultServer(tls_garbage(), tls=server_tls_context(*tls_files)) as server:
        client = client_for(server.url, ssl_ca_cert=str(cert))
        call = send_ctr if write else lambda client, **kw: UserApi(client).get_user_api_keys(**kw)
        with pytest.raises(ApiTLSError) as raised:
            call(client, _request_timeout=TIMEOUT)
        assert server.attempts == 1
    assert isinstance(urllib3_reason(raised.value), SSLError)
    assert "handshake" not in str(raised.value)
    assert "after the request was sent" in str(raised.value)
    assert raised.value.outcome_unknown is write


# -- gateway statuses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "unknown"), [(520, True), (521, False), (522, True), (523, False), (524, True)]
)
def test_a_gateway_status_that_follows_a_request_the_origin_got_leaves_a_write_unknown(
    status: int, unknown: bool, client_for: Any
) -> None:
    with FaultServer(respond(status, b"<html>gateway</html>")) as server:
        client = client_for(server.url, retries=0)
        with pytest.raises(ServiceException) as raised:
            send_ctr(client, _request_timeout=TIMEOUT)
        with pytest.raises(ServiceException) as read:
            UserApi(client).get_user_api_keys(_request_timeout=TIMEOUT)
    assert raised.value.status == status
    assert raised.value.outcome_unknown is unknown
    assert read.value.outcome_unknown is False


def test_a_get_answered_by_a_524_is_retried(client_for: Any) -> None:
    with FaultServer(respond(524, b"timeout"), json_response(200, [])) as server:
        client = client_for(server.url)
        assert UserApi(client).get_user_api_keys(_request_timeout=TIMEOUT) == []
        assert server.attempts == 2


# -- reads ------------------------------------------------------------------------------------


def test_a_get_never_leaves_its_outcome_unknown(client_for: Any) -> None:
    with FaultServer(json_response(500, SERVER_ERROR)) as server:
        client = client_for(server.url)
        with pytest.raises(ServiceException) as raised:
            UserApi(client).get_user_api_keys(_request_timeout=TIMEOUT)
        assert server.attempts == 3
        server.queue(silent())
        once = UserApi(client_for(server.url, retries=0))
        with pytest.raises(ApiTimeoutError) as timed_out:
            once.get_user_api_keys(_request_timeout=TIMED_OUT)
    assert raised.value.outcome_unknown is False
    assert timed_out.value.outcome_unknown is False


def test_keys_list_after_three_500s_exits_1(
    server: LocalTrieveServer, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    user = server.add_user(role=1)
    server.inject_fault(status=500, times=3, route="GET /api/user/api_key")
    env = {"TRIEVE_BASE_URL": server.url, "TRIEVE_API_KEY": user.api_key}
    code = cli.main(["list"], env)
    _, err = capsys.readouterr()
    assert code == 1, err
    assert "500" in err


# -- read timeouts of the operations that wait on an LLM --------------------------------------

# Each answer comes this long after the request: past the configured read timeout below, well
# within the spec's read timeout of the LLM operations.
LATE = 0.6
CONFIGURED = (TIMEOUT, TIMED_OUT)


def late(answer: Behaviour) -> Behaviour:
    def behaviour(exchange: Exchange) -> bool:
        if exchange.wait(LATE):
            return False
        return answer(exchange)

    return behaviour


def test_a_slow_generation_is_waited_for(client_for: Any) -> None:
    answer = respond(200, "the answer", content_type="text/plain")
    with FaultServer(late(answer)) as server:
        client = client_for(server.url, timeout=CONFIGURED, retries=0)
        request = {"new_message_content": "hi", "topic_id": str(TOPIC)}
        assert MessageApi(client).create_message(DATASET_ID, request) == "the answer"


def test_other_operations_keep_the_configured_read_timeout(client_for: Any) -> None:
    with FaultServer(late(json_response(200, []))) as server:
        client = client_for(server.url, timeout=CONFIGURED, retries=0)
        with pytest.raises(ApiTimeoutError):
            UserApi(client).get_user_api_keys()


def test_an_explicit_none_means_no_read_timeout(client_for: Any) -> None:
    with FaultServer(late(json_response(200, []))) as server:
        client = client_for(server.url, timeout=CONFIGURED, retries=0)
        assert UserApi(client).get_user_api_keys(_request_timeout=None) == []


def test_a_timeout_given_for_the_call_wins_over_the_operations(client_for: Any) -> None:
    with FaultServer(late(respond(200, "late", content_type="text/plain"))) as server:
        client = client_for(server.url, retries=0)
        request = {"new_message_content": "hi", "topic_id": str(TOPIC)}
        with pytest.raises(ApiTimeoutError):
            MessageApi(client).create_message(DATASET_ID, request, _request_timeout=CONFIGURED)
