"""Groups, filters, dataset edges, the API version default and key limits of the local server,
through the SDK on loopback (sources cited in docs/LocalTrieve.md and each module's docstring).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import trieve_py_client as t
from trieve_py_client.testing import LocalTrieveServer

CHUNKS = [
    ("a", ["x", "y"], {"n": 1, "day": "2024-01-01T00:00:00"}, 1.0, "2024-01-01T00:00:00Z"),
    ("b", ["x"], {"n": 5, "day": "2024-06-01T00:00:00"}, 5.0, "2024-06-01T12:00:00+02:00"),
    ("c", ["y"], {"n": 9, "day": "2025-01-01T00:00:00"}, 9.0, "2025-01-01T00:00:00"),
]


def make_dataset(client: t.ApiClient, org: str, tracking_id: str | None = None) -> str:
    request = t.CreateDatasetRequest(dataset_name="d", organization_id=org, tracking_id=tracking_id)
    made = t.DatasetApi(client).create_dataset(org, request).id
    chunks = [
        t.ChunkReqPayload(
            chunk_html=f"<p>moss {key}</p>",
            tracking_id=key,
            tag_set=tags,
            metadata=meta,
            num_value=num,
            time_stamp=stamp,
            link=f"https://{key}.example",
        )
        for key, tags, meta, num, stamp in CHUNKS
    ]
    t.ChunkApi(client).create_chunk(made, t.CreateChunkReqPayloadEnum(chunks))
    return made


@pytest.fixture
def dataset(client: t.ApiClient, server: LocalTrieveServer) -> str:
    return make_dataset(client, server.organization_id)


def found(
    client: t.ApiClient, dataset: str, *conditions: t.ConditionType, **kinds: object
) -> list[str]:
    filters = (
        t.ChunkFilter(must=list(conditions), **kinds) if conditions else t.ChunkFilter(**kinds)
    )
    payload = t.SearchChunksReqPayload(
        search_type="bm25", query=t.QueryTypes("moss"), filters=filters
    )
    answer = t.ChunkApi(client).search_chunks(dataset, payload, x_api_version="V2").actual_instance
    return sorted(c.chunk.actual_instance.tracking_id for c in answer.chunks)


def field(name: str, **condition: object) -> t.ConditionType:
    return t.ConditionType(t.FieldCondition(field=name, **condition))


def test_ranges_dates_links_and_match_all(client: t.ApiClient, dataset: str) -> None:
    """qdrant_operator.rs conditions: num_value and metadata ranges, date ranges on time_stamp
    and on metadata (times with a zone are compared in UTC), match_all, a link match."""
    num = field("num_value", range=t.Range(gte=t.RangeCondition(5.0), lt=t.RangeCondition(9.0)))
    assert found(client, dataset, num) == ["b"]
    meta = field("metadata.n", range=t.Range(gt=t.RangeCondition(1), lte=t.RangeCondition(9)))
    assert found(client, dataset, meta) == ["b", "c"]
    after = field("time_stamp", date_range=t.DateRange(gt="2024-06-01T09:00:00"))
    # b is 10:00 UTC (12:00+02:00), so after 09:00.
    assert found(client, dataset, after) == ["b", "c"]
    days = field("metadata.day", date_range=t.DateRange(lt="2024-12-31T00:00:00Z"))
    assert found(client, dataset, days) == ["a", "b"]
    assert found(client, dataset, field("tag_set", match_all=["x", "y"])) == ["a"]
    assert found(client, dataset, field("link", match_any=["https://c.example"])) == ["c"]
    assert found(client, dataset, field("unknown_field", match_any=["z"])) == []
    only_ids = t.ConditionType(t.HasIDCondition(tracking_ids=["a", "c"]))
    assert (
        found(client, dataset, should=[only_ids], must_not=[field("tag_set", match_any=["y"])])
        == []
    )


def test_a_date_that_is_not_one_is_refused(client: t.ApiClient, dataset: str) -> None:
    bad = field("time_stamp", date_range=t.DateRange(gte="yesterday"))
    with pytest.raises(t.BadRequestException) as refused:
        found(client, dataset, bad)
    assert refused.value.data.message == "Invalid timestamp format"


def test_group_tracking_ids_upserts_and_membership(client: t.ApiClient, dataset: str) -> None:
    api = t.ChunkGroupApi(client)
    one = t.CreateSingleChunkGroupReqPayload(name="g", tracking_id="g", tag_set=["t"])
    made = api.create_chunk_group(dataset, t.CreateChunkGroupReqPayloadEnum(one)).actual_instance
    with pytest.raises(t.BadRequestException) as taken:
        api.create_chunk_group(dataset, t.CreateChunkGroupReqPayloadEnum(one))
    assert taken.value.data.message == "Group with this tracking_id already exists"
    again = t.CreateSingleChunkGroupReqPayload(
        name="renamed", tracking_id="g", upsert_by_tracking_id=True
    )
    upserted = api.create_chunk_group(dataset, t.CreateChunkGroupReqPayloadEnum(again))
    assert (upserted.actual_instance.id, upserted.actual_instance.name) == (made.id, "renamed")
    add = t.AddChunkToGroupReqPayload(chunk_tracking_id="a")
    api.add_chunk_to_group_by_tracking_id(dataset, "g", add)
    api.add_chunk_to_group(dataset, made.id, t.AddChunkToGroupReqPayload(chunk_tracking_id="b"))
    with pytest.raises(t.NotFoundException):
        api.add_chunk_to_group(dataset, made.id, t.AddChunkToGroupReqPayload(chunk_tracking_id="z"))
    page = api.get_chunks_in_group_by_tracking_id(dataset, "g", 0, x_api_version="V2")
    assert [c.tracking_id for c in page.actual_instance.chunks] == ["a", "b"]
    chunk_b = t.ChunkApi(client).get_chunk_by_tracking_id(dataset, "b", x_api_version="V2")
    api.remove_chunk_from_group(
        dataset,
        made.id,
        remove_chunk_from_group_req_payload=t.RemoveChunkFromGroupReqPayload(
            chunk_id=chunk_b.actual_instance.id
        ),
    )
    listed = api.get_groups_for_dataset(dataset, dataset, 1)
    assert ([g.id for g in listed.groups], listed.total_pages) == ([made.id], 1)
    # delete_chunks=true takes the group's chunks with it (a), not the removed one (b).
    api.delete_group_by_tracking_id(dataset, "g", delete_chunks=True)
    with pytest.raises(t.NotFoundException) as gone:
        api.get_group_by_tracking_id(dataset, "g")
    assert gone.value.data.message == "Group not found"
    assert found(client, dataset) == ["b", "c"]


def test_searches_within_and_over_groups_in_v1(client: t.ApiClient, dataset: str) -> None:
    api = t.ChunkGroupApi(client)
    made = api.create_chunk_group(
        dataset,
        t.CreateChunkGroupReqPayloadEnum(t.CreateSingleChunkGroupReqPayload(tracking_id="h")),
    ).actual_instance
    for key in ("a", "c"):
        api.add_chunk_to_group(dataset, made.id, t.AddChunkToGroupReqPayload(chunk_tracking_id=key))
    within = t.SearchWithinGroupReqPayload(
        query=t.QueryTypes("moss"), search_type="semantic", group_tracking_id="h"
    )
    v1 = api.search_within_group(dataset, within, x_api_version="V1").actual_instance
    assert sorted(b.metadata[0].actual_instance.tracking_id for b in v1.bookmarks) == ["a", "c"]
    assert (v1.group.id, v1.total_pages) == (made.id, 1)
    with pytest.raises(t.BadRequestException) as neither:
        api.search_within_group(
            dataset, t.SearchWithinGroupReqPayload(query=t.QueryTypes("moss"), search_type="bm25")
        )
    assert neither.value.data.message == "You must provide either group_id or group_tracking_id"
    over = t.SearchOverGroupsReqPayload(
        query=t.QueryTypes("moss"), search_type="hybrid", group_size=1, get_total_pages=True
    )
    groups = api.search_over_groups(dataset, over, x_api_version="V1").actual_instance
    assert [g.group_id for g in groups.group_chunks] == [made.id]
    assert (len(groups.group_chunks[0].metadata), groups.total_chunk_pages) == (1, 1)


def test_dataset_update_and_listing_edges(client: t.ApiClient) -> None:
    """dataset_handler.rs: update needs an id or a tracking id that exists; listing needs both
    limit and offset; clear_dataset empties the dataset."""
    # An organization of its own, so that the listing holds only this test's dataset.
    org = t.OrganizationApi(client).create_organization(t.CreateOrganizationReqPayload(name="o")).id
    api = t.DatasetApi(client)
    dataset = make_dataset(client, org, tracking_id="edges")
    with pytest.raises(t.BadRequestException) as neither:
        api.update_dataset(org, t.UpdateDatasetRequest(dataset_name="x"))
    assert neither.value.data.message == (
        "You must provide a dataset_id or tracking_id to update a dataset"
    )
    with pytest.raises(t.NotFoundException):
        api.update_dataset(org, t.UpdateDatasetRequest(tracking_id="nowhere", dataset_name="x"))
    with pytest.raises(t.BadRequestException) as half:
        api.get_datasets_from_organization(org, org, limit=1)
    assert half.value.data.message == "Pagination requires both offset and limit."
    assert [d.dataset.id for d in api.get_datasets_from_organization(org, org, 5, 0)] == [dataset]
    api.clear_dataset(dataset, dataset)
    assert found(client, dataset) == []


def test_an_organization_made_before_the_versioning_date_answers_v1(
    client: t.ApiClient, server: LocalTrieveServer
) -> None:
    """api_version.rs: without X-API-Version, organizations created after July 12, 2024 get
    V2, older ones V1."""
    old = server.add_organization(
        owner=server.user_id, created_at=datetime(2024, 7, 12, 23, 0, tzinfo=timezone.utc)
    )
    payload = t.SearchChunksReqPayload(search_type="bm25", query=t.QueryTypes("moss"))
    answer = t.ChunkApi(client).search_chunks(make_dataset(client, old), payload).actual_instance
    assert isinstance(answer, t.SearchChunkQueryResponseBody)
    new = server.add_organization(owner=server.user_id)
    answer = t.ChunkApi(client).search_chunks(make_dataset(client, new), payload).actual_instance
    assert isinstance(answer, t.SearchResponseBody)
    with pytest.raises(TypeError):
        server.add_organization(created_at="2024-01-01")  # type: ignore[arg-type]


def test_a_key_limited_to_a_dataset_accepts_it_named_by_tracking_id(
    client: t.ApiClient, server: LocalTrieveServer
) -> None:
    """auth_middleware.rs: a TR-Dataset tracking id names the dataset, which the key's
    dataset_ids limit is checked against."""
    org = server.organization_id
    allowed = make_dataset(client, org, tracking_id="allowed")
    make_dataset(client, org, tracking_id="other")
    request = t.SetUserApiKeyRequest(name="limited", role=1, dataset_ids=[allowed])
    key = t.UserApi(client).set_user_api_key(request).api_key
    config = t.Configuration(host=server.url, api_key={"ApiKey": key})
    headers = {"TR-Organization": org}
    with t.ApiClient(config) as limited:
        got = t.ChunkApi(limited).get_chunk_by_tracking_id("allowed", "a", _headers=headers)
        assert got.actual_instance.tracking_id == "a"
        with pytest.raises(t.UnauthorizedException):
            t.ChunkApi(limited).get_chunk_by_tracking_id("other", "a", _headers=headers)


def test_a_chunk_not_in_the_dataset_gets_the_operators_404(
    client: t.ApiClient, dataset: str
) -> None:
    """chunk_operator.rs get_metadata_from_id_query / get_metadata_from_tracking_id_query."""
    api = t.ChunkApi(client)
    with pytest.raises(t.NotFoundException) as by_id:
        api.get_chunk_by_id(dataset, "00000000-0000-4000-8000-000000000000")
    assert by_id.value.data.message == "Chunk with id not found in the specified dataset"
    with pytest.raises(t.NotFoundException) as by_tracking_id:
        api.delete_chunk_by_tracking_id(dataset, "nowhere")
    # The spec gives delete_chunk_by_tracking_id no 404 body to parse: the text is in `body`.
    assert "Chunk with tracking_id not found in the specified dataset" in str(
        by_tracking_id.value.body
    )
