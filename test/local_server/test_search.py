"""The local server's BM25 search, filters, options and groups, through the SDK on loopback."""

from __future__ import annotations

import pytest

import trieve_py_client as t
from trieve_py_client.testing import LocalTrieveServer

CORPUS = [
    ("fox", "The quick brown fox jumps. Foxes are quick.", ["animal"], {"kind": "wild", "n": 3}),
    ("dog", "The lazy dog sleeps all day.", ["animal", "pet"], {"kind": "pet", "n": 7}),
    ("cat", "A cat naps; the dog barks at the fox.", ["pet"], {"kind": "pet", "n": 5}),
    ("car", "A red car drives fast.", ["thing"], {"kind": "machine", "n": 9}),
]


@pytest.fixture
def dataset(client: t.ApiClient, server: LocalTrieveServer) -> str:
    org = server.organization_id
    request = t.CreateDatasetRequest(dataset_name="s", organization_id=org)
    dataset_id = t.DatasetApi(client).create_dataset(org, request).id
    chunks = [
        t.ChunkReqPayload(chunk_html=text, tracking_id=key, tag_set=tags, metadata=meta)
        for key, text, tags, meta in CORPUS
    ]
    t.ChunkApi(client).create_chunk(dataset_id, t.CreateChunkReqPayloadEnum(chunks))
    return dataset_id


def search(client: t.ApiClient, dataset: str, query: str, **options: object) -> list[str]:
    found = t.ChunkApi(client).search_chunks(
        dataset, t.SearchChunksReqPayload(search_type="bm25", query=t.QueryTypes(query), **options)
    )
    return [c.chunk.actual_instance.tracking_id for c in found.actual_instance.chunks]


def field(name: str, **condition: object) -> t.ConditionType:
    return t.ConditionType(t.FieldCondition(field=name, **condition))


@pytest.mark.parametrize("search_type", ["fulltext", "bm25", "semantic", "hybrid"])
def test_every_search_type_ranks_by_bm25(
    client: t.ApiClient, dataset: str, search_type: str
) -> None:
    """Lexical ranking for all types; the chunk saying "fox" most ranks first."""
    found = t.ChunkApi(client).search_chunks(
        dataset, t.SearchChunksReqPayload(search_type=search_type, query=t.QueryTypes("fox"))
    )
    ranked = found.actual_instance.chunks
    assert [c.chunk.actual_instance.tracking_id for c in ranked] == ["fox", "cat"]
    assert ranked[0].score > ranked[1].score > 0


def test_filters_combine_as_qdrant(client: t.ApiClient, dataset: str) -> None:
    """search_operator.rs: must all, should any, must_not none; metadata @> {key: value}."""
    match = t.MatchCondition
    animal = field("tag_set", match_any=[match("animal")])
    pet = field("metadata.kind", match_any=[match("pet")])
    assert sorted(search(client, dataset, "fox dog", filters=t.ChunkFilter(must=[animal]))) == [
        "dog",
        "fox",
    ]
    assert search(client, dataset, "fox dog", filters=t.ChunkFilter(must=[animal, pet])) == ["dog"]
    assert sorted(search(client, dataset, "fox dog", filters=t.ChunkFilter(must_not=[pet]))) == [
        "fox"
    ]
    both = field("tag_set", match_all=[match("animal"), match("pet")])
    assert search(client, dataset, "dog", filters=t.ChunkFilter(must=[both])) == ["dog"]
    low = field("metadata.n", range=t.Range(lt=t.RangeCondition(6)))
    assert sorted(search(client, dataset, "fox dog", filters=t.ChunkFilter(should=[low]))) == [
        "cat",
        "fox",
    ]
    ids = t.ConditionType(t.HasIDCondition(tracking_ids=["cat"]))
    assert search(client, dataset, "fox", filters=t.ChunkFilter(must=[ids])) == ["cat"]


def test_paging_threshold_and_total_pages(client: t.ApiClient, dataset: str) -> None:
    first = search(client, dataset, "fox dog", page=1, page_size=1)
    second = search(client, dataset, "fox dog", page=2, page_size=1)
    assert len(first) == len(second) == 1
    assert first != second
    assert search(client, dataset, "fox", score_threshold=1000.0) == []
    found = t.ChunkApi(client).search_chunks(
        dataset,
        t.SearchChunksReqPayload(
            search_type="bm25", query=t.QueryTypes("fox dog"), page_size=1, get_total_pages=True
        ),
    )
    assert found.actual_instance.total_pages == 3


def test_v1_shape_slim_content_only_and_highlights(client: t.ApiClient, dataset: str) -> None:
    api = t.ChunkApi(client)
    payload = t.SearchChunksReqPayload(search_type="bm25", query=t.QueryTypes("lazy"))
    v1 = api.search_chunks(dataset, payload, x_api_version="V1").actual_instance
    assert isinstance(v1, t.SearchChunkQueryResponseBody)
    assert v1.score_chunks[0].metadata[0].actual_instance.tag_set == "animal,pet"
    assert v1.score_chunks[0].highlights == ["The <mark><b>lazy</b></mark> dog sleeps all day"]
    slim = t.SearchChunksReqPayload(
        search_type="bm25", query=t.QueryTypes("lazy"), slim_chunks=True
    )
    chunk = api.search_chunks(dataset, slim).actual_instance.chunks[0].chunk.actual_instance
    assert getattr(chunk, "chunk_html", None) is None
    only = t.SearchChunksReqPayload(
        search_type="bm25", query=t.QueryTypes("lazy"), content_only=True
    )
    chunk = api.search_chunks(dataset, only).actual_instance.chunks[0].chunk.actual_instance
    assert isinstance(chunk, t.ContentChunkMetadata)


def test_autocomplete_and_count(client: t.ApiClient, dataset: str) -> None:
    api = t.ChunkApi(client)
    done = api.autocomplete(
        dataset, t.AutocompleteReqPayload(search_type="bm25", query="lazy do")
    ).actual_instance
    # The last word is a prefix: "do" finds "dog" in two chunks; "lazy" ranks one first.
    assert [c.chunk.actual_instance.tracking_id for c in done.chunks] == ["dog", "cat"]
    counted = api.count_chunks(
        dataset, t.CountChunksReqPayload(search_type="bm25", query=t.QueryTypes("fox dog"))
    )
    assert counted.count == 3


def test_groups_add_page_search_and_delete(client: t.ApiClient, dataset: str) -> None:
    groups = t.ChunkGroupApi(client)
    made = groups.create_chunk_group(
        dataset,
        t.CreateChunkGroupReqPayloadEnum(
            [t.CreateSingleChunkGroupReqPayload(name="pets", tracking_id="g")]
        ),
    ).actual_instance
    group_id = made[0].id
    for key in ("dog", "cat"):
        groups.add_chunk_to_group(
            dataset, group_id, t.AddChunkToGroupReqPayload(chunk_tracking_id=key)
        )
    page = groups.get_chunks_in_group(dataset, group_id, 1).actual_instance
    assert [c.tracking_id for c in page.chunks] == ["dog", "cat"]
    within = groups.search_within_group(
        dataset,
        t.SearchWithinGroupReqPayload(
            search_type="bm25", query=t.QueryTypes("fox"), group_id=group_id
        ),
    ).actual_instance
    assert [c.chunk.actual_instance.tracking_id for c in within.chunks] == ["cat"]
    over = groups.search_over_groups(
        dataset, t.SearchOverGroupsReqPayload(search_type="bm25", query=t.QueryTypes("dog"))
    ).actual_instance
    assert [r.group.id for r in over.results] == [group_id]
    groups.delete_chunk_group(dataset, group_id, delete_chunks=True)
    assert search(client, dataset, "dog") == []
