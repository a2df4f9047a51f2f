"""Nothing the caller gives is silently dropped or changed: a value the request cannot carry as
given is refused, naming where it is, before anything is sent."""

from __future__ import annotations

import datetime
import json
import math
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from support import KEY, new_key
from support.faultserver import FaultServer, json_response, no_content

from trieve_py_client import (
    ApiClient,
    ApiValueError,
    ChunkApi,
    ChunkFilter,
    ChunkReqPayload,
    ConditionType,
    Configuration,
    QueryTypes,
    ScoreChunk,
    SearchChunksReqPayload,
    SearchResponseTypes,
    SetUserApiKeyRequest,
    models,
)
from trieve_py_client._models import TrieveModel

DATASET = str(uuid.uuid4())
CHUNK = {
    "id": DATASET,
    "created_at": "2024-01-01T00:00:00",
    "updated_at": "2024-01-01T00:00:00",
    "dataset_id": DATASET,
    "weight": 1.0,
}


@pytest.fixture
def chunks() -> Iterator[tuple[ChunkApi, FaultServer]]:
    with FaultServer(no_content()) as server:
        config = Configuration(host=server.url, api_key={"ApiKey": KEY})
        with ApiClient(config) as client:
            yield ChunkApi(client), server


# -- path parameters ------------------------------------------------------------------------


@pytest.mark.parametrize("value", [".", ".."])
def test_a_dot_segment_path_parameter_is_refused_before_sending(
    chunks: tuple[ChunkApi, FaultServer], value: str
) -> None:
    api, server = chunks
    with pytest.raises(ApiValueError, match="'tracking_id'"):
        api.delete_chunk_by_tracking_id(DATASET, value)
    assert server.attempts == 0


def test_dots_made_segments_by_safe_slashes_are_refused_and_other_dots_are_sent(
    chunks: tuple[ChunkApi, FaultServer],
) -> None:
    api, server = chunks
    api.api_client.configuration.safe_chars_for_path_param = "/"
    with pytest.raises(ApiValueError, match="would change the route"):
        api.delete_chunk_by_tracking_id(DATASET, "a/../b")
    assert server.attempts == 0
    for value in ("...", ".a", "a..b", "a/.b"):
        api.delete_chunk_by_tracking_id(DATASET, value)
    assert [request.path for request in server.requests] == [
        "/api/chunk/tracking_id/...",
        "/api/chunk/tracking_id/.a",
        "/api/chunk/tracking_id/a..b",
        "/api/chunk/tracking_id/a/.b",
    ]


# -- unknown keys, at any depth and in union members ------------------------------------------

FILTERED = {"query": "q", "search_type": "fulltext"}


@pytest.mark.parametrize(
    ("condition", "unknown", "closest"),
    [
        ({"field": "tag_set", "match_anny": ["docs"]}, "match_anny", "match_any"),
        ({"feild": "tag_set", "match_any": ["docs"]}, "feild", "field"),
    ],
)
def test_a_misspelt_key_in_a_filter_union_is_refused_before_sending(
    chunks: tuple[ChunkApi, FaultServer], condition: dict[str, Any], unknown: str, closest: str
) -> None:
    api, server = chunks
    with pytest.raises(ValidationError) as raised:
        api.search_chunks(DATASET, {**FILTERED, "filters": {"must": [condition]}})
    assert server.attempts == 0
    message = str(raised.value)
    assert f"FieldCondition has no field {unknown!r}; did you mean {closest!r}?" in message
    assert ("search_chunks_req_payload", "filters", "must", 0, "FieldCondition", unknown) in [
        error["loc"] for error in raised.value.errors()
    ]


def test_a_misspelt_key_in_a_batch_of_chunks_is_refused_before_sending(
    chunks: tuple[ChunkApi, FaultServer],
) -> None:
    api, server = chunks
    with pytest.raises(ValidationError) as raised:
        api.create_chunk(DATASET, [{"chunk_htm": "<p>hi</p>", "tag_set": ["a"]}])
    assert server.attempts == 0
    assert "ChunkReqPayload has no field 'chunk_htm'; did you mean 'chunk_html'?" in str(
        raised.value
    )


CONDITION = {"field": "tag_set", "match_anny": ["docs"]}
PAYLOAD = {**FILTERED, "filters": {"should": [CONDITION]}}
MULTI = [{"query": "q", "wieght": 1.0}]


def assign_filters() -> object:
    payload = SearchChunksReqPayload(query="q", search_type="fulltext")
    payload.filters = {"should": [CONDITION]}  # type: ignore[assignment]
    return payload


def assign_wrapper() -> object:
    query = QueryTypes("q")
    query.actual_instance = MULTI
    return query


@pytest.mark.parametrize(
    ("build", "unknown"),
    [
        (lambda: SearchChunksReqPayload(**PAYLOAD), "match_anny"),  # type: ignore[arg-type]
        (lambda: SearchChunksReqPayload.from_dict(PAYLOAD), "match_anny"),
        (lambda: SearchChunksReqPayload.from_json(json.dumps(PAYLOAD)), "match_anny"),
        (lambda: SearchChunksReqPayload.model_validate(PAYLOAD), "match_anny"),
        (lambda: SearchChunksReqPayload.model_validate_json(json.dumps(PAYLOAD)), "match_anny"),
        (assign_filters, "match_anny"),
        (lambda: ChunkFilter(must=[CONDITION]), "match_anny"),  # type: ignore[list-item]
        (lambda: ConditionType(CONDITION), "match_anny"),
        (lambda: ConditionType(actual_instance=CONDITION), "match_anny"),
        (lambda: ConditionType.from_dict(CONDITION), "match_anny"),
        (lambda: ConditionType.from_json(json.dumps(CONDITION)), "match_anny"),
        (lambda: QueryTypes(MULTI), "wieght"),
        (lambda: QueryTypes.from_json(json.dumps(MULTI)), "wieght"),
        (assign_wrapper, "wieght"),
    ],
    ids=[
        "constructor",
        "from_dict",
        "from_json",
        "model_validate",
        "model_validate_json",
        "assignment",
        "list of unions",
        "union wrapper",
        "union wrapper actual_instance",
        "union from_dict",
        "union from_json",
        "list member of a union",
        "list member from_json",
        "union assignment",
    ],
)
def test_an_unknown_key_is_refused_however_a_sent_model_is_built(
    build: Callable[[], object], unknown: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        build()
    assert f"has no field {unknown!r}; did you mean" in str(raised.value)
    assert unknown in [error["loc"][-1] for error in raised.value.errors()]


def test_models_only_received_ignore_unknown_keys_at_any_depth_and_in_unions() -> None:
    chunk = {**CHUNK, "new_in_a_later_server": 1}
    body = {"chunks": [{"chunk": chunk, "score": 0.5, "new": {}}], "id": "x", "total_pages": 1}
    parsed = SearchResponseTypes.from_json(json.dumps({**body, "new": 1}))
    assert parsed.actual_instance.chunks[0].score == 0.5  # type: ignore[union-attr]
    assert SearchResponseTypes.from_dict(body) is not None


def test_the_models_that_refuse_unknown_keys_are_those_the_spec_marks_sent() -> None:
    schemas = json.loads((Path(__file__).parents[2] / "openapi.json").read_bytes())
    for name, schema in schemas["components"]["schemas"].items():
        model = getattr(models, name, None)
        if model is None or not issubclass(model, TrieveModel):
            continue
        expected = "forbid" if schema.get("x-sent") else "ignore"
        assert model.model_config.get("extra") == expected, name
    # Sent: a request body, and the schemas it holds; received only: a response's.
    assert schemas["components"]["schemas"]["FieldCondition"].get("x-sent")
    assert not schemas["components"]["schemas"]["ChunkMetadata"].get("x-sent")


# -- NaN and infinity -------------------------------------------------------------------------


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused_in_number_fields_before_sending(
    chunks: tuple[ChunkApi, FaultServer], number: float
) -> None:
    api, server = chunks
    with pytest.raises(ValidationError, match="score_threshold"):
        api.search_chunks(DATASET, {**FILTERED, "score_threshold": number})
    with pytest.raises(ValidationError, match="finite number"):
        SearchChunksReqPayload(query="q", search_type="fulltext", score_threshold=number)
    # In a union member and a nested model too.
    with pytest.raises(ValidationError, match="lat"):
        api.create_chunk(DATASET, {"chunk_html": "x", "location": {"lat": number, "lon": 0}})
    assert server.attempts == 0


def test_to_json_never_writes_nan_or_infinity() -> None:
    # model_construct skips validation, as pydantic documents: even then, no NaN is written.
    unchecked = SearchChunksReqPayload.model_construct(score_threshold=math.nan)
    with pytest.raises(ValueError, match="JSON"):
        unchecked.to_json()
    received = ScoreChunk.model_construct(score=math.inf)
    with pytest.raises(ValueError, match="JSON"):
        received.to_json()


# -- free-form fields -------------------------------------------------------------------------

cycle: dict[str, Any] = {}
cycle["self"] = cycle

UNSENDABLE = {
    "a lone surrogate": ({"title": "\ud800"}, "lone surrogate"),
    "an arbitrary object": ({"when": object()}, "object of type object"),
    "a cycle": (cycle, "cycle"),
    "NaN inside": ({"score": [1.0, math.nan]}, "NaN or infinity"),
    "infinity as a value": (math.inf, "NaN or infinity"),
}


@pytest.mark.parametrize(("metadata", "said"), list(UNSENDABLE.values()), ids=list(UNSENDABLE))
def test_a_free_form_value_json_cannot_carry_is_a_validation_error_naming_the_field(
    chunks: tuple[ChunkApi, FaultServer], metadata: Any, said: str
) -> None:
    api, server = chunks
    with pytest.raises(ValidationError) as raised:
        api.create_chunk(DATASET, {"chunk_html": "x", "metadata": metadata})
    assert ("create_chunk_req_payload_enum", "ChunkReqPayload", "metadata") in [
        error["loc"] for error in raised.value.errors()
    ]
    assert said in str(raised.value)
    with pytest.raises(ValidationError, match="metadata"):
        ChunkReqPayload(chunk_html="x", metadata=metadata)
    assert server.attempts == 0


def test_free_form_values_json_carries_are_sent_as_before(
    chunks: tuple[ChunkApi, FaultServer],
) -> None:
    api, server = chunks
    when = datetime.datetime(2024, 5, 1, 12, 0)
    metadata = {"when": when, "id": uuid.UUID(DATASET), "pair": (1, 2), "NaN": "Infinity"}
    server.queue(json_response(200, {"chunk_metadata": CHUNK, "pos_in_queue": 1}))
    api.create_chunk(DATASET, {"chunk_html": "x", "metadata": metadata})
    assert server.requests[0].json()["metadata"] == {
        "when": "2024-05-01T12:00:00",
        "id": DATASET,
        "pair": [1, 2],
        "NaN": "Infinity",
    }


# -- no validation error shows an input value ---------------------------------------------------

SECRET = new_key()


def assign_role() -> object:
    request = SetUserApiKeyRequest(name="n", role=0)
    request.role = SECRET  # type: ignore[assignment]
    return request


def assign_query() -> object:
    query = QueryTypes()
    query.actual_instance = {"query": SECRET}
    return query


@pytest.mark.parametrize(
    "build",
    [
        lambda: SetUserApiKeyRequest(name="n", role=SECRET),
        lambda: SetUserApiKeyRequest(name="n", role=0, scopes=[SECRET, 1]),
        lambda: SetUserApiKeyRequest(name="n", role=0, dataset_ids=[SECRET]),
        lambda: SetUserApiKeyRequest.from_dict({"name": "n", "role": 0, "dataset_id": [SECRET]}),
        lambda: SetUserApiKeyRequest.from_json(json.dumps({"name": SECRET, "role": SECRET})),
        lambda: SetUserApiKeyRequest.model_validate({"name": "n", "role": [SECRET]}),
        assign_role,
        lambda: ScoreChunk(chunk={"id": SECRET}, score=SECRET),
        lambda: ScoreChunk.from_json(json.dumps({"score": SECRET})),
        lambda: QueryTypes({"query": SECRET}),
        lambda: QueryTypes.from_dict([{"query": SECRET, "weight": SECRET}]),
        lambda: QueryTypes.from_json(json.dumps([{"query": 1, "weight": SECRET}])),
        assign_query,
        lambda: ConditionType({"field": SECRET, "match_anny": [SECRET]}),
        lambda: ChunkReqPayload(chunk_html=SECRET, metadata={SECRET: object()}),
    ],
)
def test_no_validation_error_shows_an_input_value(build: Callable[[], object]) -> None:
    with pytest.raises(ValidationError) as raised:
        build()
    shown = str(raised.value) + repr(raised.value) + repr(raised.value.errors())
    assert "VVVVVVVV" not in shown
    assert raised.value.__context__ is None
