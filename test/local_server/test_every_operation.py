"""Every operation of openapi.json, called through the SDK against the local server, gets an
answer the SDK parses; a request the server would refuse gets the server's 400, 401 or 403.

The request values are built here from the repository's openapi.json, by this file's own
reading of the schemas, not by the server's code.
"""

from __future__ import annotations

import http.client
import inspect
import ipaddress
import json
import re
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_server import exchange

import trieve_py_client
from trieve_py_client import ApiClient, ApiException, Configuration, OrganizationApi
from trieve_py_client.testing import LocalTrieveServer

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
ADMIN_KEY = "admin-key-for-the-metrics"
OPERATIONS = [
    (method.upper(), path, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
]


def snake(name: str) -> str:
    return re.sub(r"\W", "_", name).lower()


def ref_name(schema: dict[str, Any]) -> str | None:
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[1])
    if "allOf" in schema:
        return ref_name(schema["allOf"][0])
    return None


def example(schema: dict[str, Any], ids: dict[str, str], name: str = "") -> Any:
    """The smallest value of a schema: required fields only, the first member of a oneOf."""
    found = ref_name(schema)
    if found is not None:
        return example(SCHEMAS[found], ids, name)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return example(variants[0], ids, name)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = schema.get("required", [])
        return {
            k: example(v, ids, k) for k, v in schema.get("properties", {}).items() if k in required
        }
    if kind == "array":
        # A list of ids the test made (chunk ids, tracking ids) where there is one.
        return [ids[name]] if name in ids else []
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return True
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("format") == "uuid":
        return ids.get(name, str(uuid.uuid4()))
    return ids.get(name, "text")


@pytest.fixture(scope="module")
def server() -> Iterator[LocalTrieveServer]:
    with LocalTrieveServer(admin_api_key=ADMIN_KEY) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: LocalTrieveServer) -> Iterator[ApiClient]:
    keys = {"ApiKey": server.api_key, "X-API-KEY": ADMIN_KEY}
    with ApiClient(Configuration(host=server.url, api_key=keys)) as api_client:
        yield api_client


def api_for(operation: dict[str, Any], client: ApiClient) -> Any:
    tag = operation["tags"][0].replace(" ", "")
    return getattr(trieve_py_client, f"{tag}Api")(client)


def arguments(operation: dict[str, Any], method: Any, ids: dict[str, str]) -> dict[str, Any]:
    """The method's required arguments: its parameters, then its body as the SDK's model."""
    by_name = {snake(p["name"]): p for p in operation.get("parameters", [])}
    values: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is not parameter.POSITIONAL_OR_KEYWORD or name == "self":
            continue
        spec_parameter = by_name.get(name)
        if spec_parameter is not None:
            if spec_parameter.get("required"):
                values[name] = example(spec_parameter["schema"], ids, name)
            continue
        body = operation["requestBody"]["content"]["application/json"]["schema"]
        model = getattr(trieve_py_client, ref_name(body) or "")
        values[name] = model.from_dict(example(body, ids))
    return values


# Where one of several optional body fields must be given, the one this test gives (a name
# of `ids`, or a value). A streamed answer has no Content-Type and is not JSON: the SDK's
# preloaded call parses the answer not streamed (test_testing_messages reads the streams).
NOT_STREAMED = trieve_py_client.LLMOptions(stream_response=False)
BODY_FIELDS: dict[str, dict[str, Any]] = {
    "create_topic": {"name": "name"},
    "create_message": {"llm_options": NOT_STREAMED},
    "regenerate_message": {"llm_options": NOT_STREAMED},
    "regenerate_message_patch": {"llm_options": NOT_STREAMED},
    "update_chunk": {"chunk_id": "chunk_id"},
    "search_within_group": {"group_id": "group_id"},
    "update_dataset": {"dataset_id": "dataset_id"},
    "add_chunk_to_group": {"chunk_id": "chunk_id"},
    "add_chunk_to_group_by_tracking_id": {"chunk_id": "chunk_id"},
}
TRACKING_ID = "text"  # what example() gives a string parameter: the tracking ids made here


def seed(server: LocalTrieveServer, client: ApiClient) -> dict[str, str]:
    """An organization of the test's own with what its routes look up: a dataset, a chunk and
    a group, each with the tracking id example() sends, so lookups by id or tracking id find
    them (a random id gets the server's 404, tested in the stateful modules' tests), and a
    topic with one exchange of messages, and a file."""
    org = server.add_organization(owner=server.user_id)
    dataset = trieve_py_client.DatasetApi(client).create_dataset(
        org,
        trieve_py_client.CreateDatasetRequest(
            dataset_name="d", organization_id=org, tracking_id=TRACKING_ID
        ),
    )
    chunk = trieve_py_client.ChunkApi(client).create_chunk(
        dataset.id,
        trieve_py_client.CreateChunkReqPayloadEnum(
            trieve_py_client.ChunkReqPayload(chunk_html="text", tracking_id=TRACKING_ID)
        ),
    )
    group = trieve_py_client.ChunkGroupApi(client).create_chunk_group(
        dataset.id,
        trieve_py_client.CreateChunkGroupReqPayloadEnum(
            trieve_py_client.CreateSingleChunkGroupReqPayload(tracking_id=TRACKING_ID)
        ),
    )
    chunk_id = chunk.actual_instance.chunk_metadata.id
    group_id = group.actual_instance.id
    topic = trieve_py_client.TopicApi(client).create_topic(
        dataset.id, trieve_py_client.CreateTopicReqPayload(owner_id=TRACKING_ID, name="t")
    )
    file = trieve_py_client.FileApi(client).upload_file_handler(
        dataset.id, trieve_py_client.UploadFileReqPayload(base64_file="dGV4dA", file_name="t.txt")
    )
    # A first exchange: messages at sort orders 0 (system), 1 (user) and 2 (assistant).
    trieve_py_client.MessageApi(client).create_message(
        dataset.id,
        trieve_py_client.CreateMessageReqPayload(
            topic_id=topic.id, new_message_content="text", llm_options=NOT_STREAMED
        ),
    )
    return {
        "tr_dataset": dataset.id,
        "dataset_id": dataset.id,
        "tr_organization": org,
        "organization_id": org,
        "chunk_id": chunk_id,
        "ids": chunk_id,
        "tracking_ids": TRACKING_ID,
        "group_id": group_id,
        "topic_id": topic.id,
        "messages_topic_id": topic.id,
        "name": "text",
        "file_id": file.file_metadata.id,
    }


@pytest.mark.parametrize(
    ("method", "path", "operation"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS]
)
def test_every_operation_answers_what_the_sdk_parses(
    server: LocalTrieveServer, client: ApiClient, method: str, path: str, operation: dict[str, Any]
) -> None:
    ids = seed(server, client)
    call = getattr(api_for(operation, client), operation["operationId"])
    values = arguments(operation, call, ids)
    body = next((v for v in values.values() if hasattr(v, "model_fields")), None)
    for field, value in BODY_FIELDS.get(operation["operationId"], {}).items():
        # Optional fields the handler needs one of (update_chunk: chunk_id or tracking_id).
        setattr(body, field, ids[value] if isinstance(value, str) else value)
    if not {"tr_dataset", "tr_organization"} & set(values):
        # An admin's or owner's route that takes no dataset or organization parameter acts in
        # the organization a TR-Organization header names, as on the real server.
        values["_headers"] = {"TR-Organization": ids["tr_organization"]}
    result = call(**values)
    success = next(s for s in sorted(operation["responses"]) if s[0] in "23")
    if operation["responses"][success].get("content") and success != "303":
        assert result is not None
        expected = ref_name(
            next(iter(operation["responses"][success]["content"].values()))["schema"]
        )
        if expected is not None:
            assert type(result).__name__ == expected
    else:
        assert result is None


DATA_HINT = (
    "Ensure that the data in the JSON payload is valid and consistent with the expected schema."
)


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b"{}", "missing field `query` at line 1 column 2"),
        (
            b'{"query":"a","search_type":"nope"}',
            "unknown variant `nope`, expected one of `fulltext`, `semantic`, `hybrid`, `bm25` at line 1 column 33",
        ),
        (
            b'{"query":"a","search_type":"bm25","page":-1}',
            "invalid value: integer `-1`, expected u64 at line 1 column 43",
        ),
        (
            b'{"query":"a","search_type":"bm25","highlight_options":{"highlight_results":1}}',
            "invalid type: integer `1`, expected a boolean at line 1 column 76",
        ),
        (
            b'{"query":7,"search_type":"bm25"}',
            "data did not match any variant of untagged enum QueryTypes at line 1 column 10",
        ),
    ],
)
def test_a_body_against_its_schema_gets_the_servers_400(
    server: LocalTrieveServer, body: bytes, detail: str
) -> None:
    check_refused_body(server, "/api/chunk/search", body, detail)


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b"{}", "missing field `type` at line 1 column 2"),
        (b'{"type":"count"}', "unknown variant `count`, expected one of `latency_graph`, "),
        # serde buffers an enum's value: errors inside it are placed where the value ends.
        (
            b'{"type":"search_queries","page":"x"}',
            'invalid type: string "x", expected u32 at line 1 column 36',
        ),
        (
            b"[1]",
            "invalid type: sequence, expected internally tagged enum SearchAnalytics at line 1 column 3",
        ),
    ],
)
def test_an_internally_tagged_body_is_read_as_serde_reads_it(
    server: LocalTrieveServer, body: bytes, detail: str
) -> None:
    check_refused_body(server, "/api/analytics/search", body, detail)


def test_duplicates_and_wrong_containers_are_refused_where_serde_stops() -> None:
    with LocalTrieveServer() as server:
        body = b'{"query":"a","search_type":"bm25","query":"b"}'
        check_refused_body(
            server, "/api/chunk/search", body, "duplicate field `query` at line 1 column 41"
        )
        body = b'{"query":"a","search_type":"bm25","filters":{"must":{}}}'
        check_refused_body(
            server,
            "/api/chunk/search",
            body,
            "invalid type: map, expected a sequence at line 1 column 52",
        )


def check_refused_body(server: LocalTrieveServer, path: str, body: bytes, detail: str) -> None:
    headers = {
        "Authorization": server.api_key,
        "TR-Dataset": server.add_dataset(),
        "Content-Type": "application/json",
    }
    reply = exchange(server, "POST", path, headers, body)
    status, answer = reply.status, reply.json()
    assert status == 400
    prefix = "Json Deserialization Error: *Type* : Data error in JSON | *Message* : Json "
    assert answer["message"].startswith(f"{prefix}deserialize error: ")
    assert f"deserialize error: {detail}" in answer["message"]
    assert answer["message"].endswith(f" | {DATA_HINT}")


def test_roles_are_checked_as_the_handlers_extractors_check_them() -> None:
    with LocalTrieveServer() as server:
        check_roles(server)


def check_roles(server: LocalTrieveServer) -> None:
    org = server.organization_id
    member, admin = server.add_user(0), server.add_user(1)

    def users(key: str | None, **options: Any) -> Any:
        keys = {} if key is None else {"ApiKey": key}
        with ApiClient(Configuration(host=server.url, api_key=keys)) as api_client:
            return OrganizationApi(api_client).get_organization_users(org, org, **options)

    with pytest.raises(ApiException) as no_key:
        users(None)
    assert (no_key.value.status, no_key.value.body) == (401, '{"message":"Unauthorized"}')
    # AdminOnly: a user (role 0) of the organization is forbidden, an admin served.
    with pytest.raises(ApiException) as member_refused:
        users(member.api_key)
    assert (member_refused.value.status, member_refused.value.body) == (
        403,
        '{"message":"Forbidden"}',
    )
    assert users(admin.api_key) == []

    def update(key: str) -> Any:
        with ApiClient(Configuration(host=server.url, api_key={"ApiKey": key})) as api_client:
            body = trieve_py_client.UpdateOrganizationReqPayload(
                organization_id=org, name="renamed"
            )
            return OrganizationApi(api_client).update_organization(org, body)

    # OwnerOnly: an admin is forbidden, the owner served.
    with pytest.raises(ApiException) as admin_refused:
        update(admin.api_key)
    assert admin_refused.value.status == 403
    assert update(server.api_key).id == org


@pytest.mark.parametrize(
    ("method", "path", "status", "message"),
    [
        (
            "GET",
            "/api/chunk/not-a-uuid",
            400,
            "Path deserialize error: UUID parsing failed: invalid character: expected an "
            "optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1",
        ),
        (
            "GET",
            f"/api/chunk_group/{uuid.UUID(int=1)}/next",
            400,
            'Path deserialize error: can not parse "next" to a u64',
        ),
        (
            "DELETE",
            f"/api/chunk_group/{uuid.UUID(int=1)}",
            400,
            "Query deserialize error: missing field `delete_chunks`",
        ),
        (
            "DELETE",
            f"/api/chunk_group/{uuid.UUID(int=1)}?delete_chunks=yes",
            400,
            "Query deserialize error: provided string was not `true` or `false`",
        ),
        (
            "GET",
            "/api/dataset/organization/{org}?limit=ten",
            400,
            "Query deserialize error: invalid digit found in string",
        ),
    ],
)
def test_a_path_or_query_the_server_cannot_read_gets_its_400(
    server: LocalTrieveServer, method: str, path: str, status: int, message: str
) -> None:
    headers = {"Authorization": server.api_key, "TR-Dataset": server.add_dataset()}
    headers["TR-Organization"] = server.organization_id
    reply = exchange(server, method, path.format(org=server.organization_id), headers)
    assert (reply.status, reply.message) == (status, message)


def test_a_route_that_needs_a_dataset_fails_without_one_as_the_server_does(
    server: LocalTrieveServer,
) -> None:
    body = b'{"query":"a","search_type":"bm25"}'
    reply = exchange(server, "POST", "/api/chunk/count", {"Authorization": server.api_key}, body)
    assert (reply.status, reply.message) == (500, "Could not get dataset from request")


def test_metrics_answer_text_to_the_admin_key_only(server: LocalTrieveServer) -> None:
    assert exchange(server, "POST", "/metrics", {"X-API-KEY": "wrong"}).status == 401
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("POST", "/metrics", headers={"X-API-KEY": ADMIN_KEY})
        response = conn.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Type", "").startswith("text/plain")
        assert b"ingest_queue_length" in response.read()
    finally:
        conn.close()


def test_a_known_path_with_another_method_gets_405_with_what_it_allows(
    server: LocalTrieveServer,
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("PATCH", "/api/chunk", headers={"Authorization": server.api_key})
        response = conn.getresponse()
        response.read()
    finally:
        conn.close()
    assert response.status == 405
    assert set(response.getheader("Allow", "").split(", ")) == {"POST", "PUT"}


def test_faults_and_the_request_log_apply_to_every_route(
    server: LocalTrieveServer, client: ApiClient
) -> None:
    dataset = server.add_dataset()
    api = trieve_py_client.ChunkApi(client)
    body = trieve_py_client.CountChunksReqPayload(query="needle", search_type="fulltext")
    server.clear_requests()
    server.inject_fault(status=409, body={"message": "busy"}, route="POST /api/chunk/count")
    with pytest.raises(ApiException) as failed:
        api.count_chunks(dataset, body)
    assert (failed.value.status, failed.value.body) == (409, '{"message":"busy"}')
    assert api.count_chunks(dataset, body).count == 0
    logged = [(entry.method, entry.path, entry.json()) for entry in server.requests]
    assert (
        logged == [("POST", "/api/chunk/count", {"query": "needle", "search_type": "fulltext"})] * 2
    )
    assert all(entry.header("Authorization") == "<masked>" for entry in server.requests)


def outward_address() -> str | None:
    """An address of this machine other than loopback, if it has one (no packet is sent:
    connecting a UDP socket only picks the route)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if ipaddress.ip_address(address).is_loopback else address


def test_the_server_listens_on_loopback_only_unless_told_otherwise() -> None:
    address = outward_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    with LocalTrieveServer() as server:
        assert server.url.startswith("http://127.0.0.1:")
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((address, server.port), timeout=5).close()
        socket.create_connection(("127.0.0.1", server.port), timeout=5).close()
    with LocalTrieveServer(host="0.0.0.0") as everywhere:
        socket.create_connection((address, everywhere.port), timeout=5).close()


def test_an_answer_without_state_says_what_the_request_said(
    server: LocalTrieveServer, client: ApiClient
) -> None:
    dataset = server.add_dataset()
    topic = trieve_py_client.TopicApi(client).create_topic(
        dataset, trieve_py_client.CreateTopicReqPayload(owner_id="alice", name="Ferns")
    )
    assert (topic.owner_id, topic.name, topic.dataset_id) == ("alice", "Ferns", dataset)
