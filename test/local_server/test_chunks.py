"""The local server's datasets and chunks, through the SDK's public API on loopback.

Each behaviour is pinned to the 0.11.8 server's source (devflowinc/trieve; the index holds
versions near db14a1baf, named in the server modules' docstrings).
"""

from __future__ import annotations

import threading

import pytest

import trieve_py_client as t
from trieve_py_client.testing import LocalTrieveServer


def make_dataset(client: t.ApiClient, org: str, tracking_id: str | None = None) -> str:
    request = t.CreateDatasetRequest(
        dataset_name="docs", organization_id=org, tracking_id=tracking_id
    )
    return t.DatasetApi(client).create_dataset(org, request).id


@pytest.fixture
def dataset(client: t.ApiClient, server: LocalTrieveServer) -> str:
    return make_dataset(client, server.organization_id)


def create(client: t.ApiClient, dataset: str, *chunks: t.ChunkReqPayload) -> object:
    body = t.CreateChunkReqPayloadEnum(chunks[0] if len(chunks) == 1 else list(chunks))
    return t.ChunkApi(client).create_chunk(dataset, body).actual_instance


def test_dataset_crud_by_id_and_tracking_id(client: t.ApiClient, server: LocalTrieveServer) -> None:
    """dataset_handler.rs: create_dataset, get_dataset, update_dataset (by tracking_id),
    delete_dataset_by_tracking_id (the TR-Dataset header must name the same dataset)."""
    api = t.DatasetApi(client)
    # An organization of its own, so the listing holds only this test's datasets.
    org = t.OrganizationApi(client).create_organization(t.CreateOrganizationReqPayload(name="o")).id
    made = api.create_dataset(
        org, t.CreateDatasetRequest(dataset_name="a", organization_id=org, tracking_id="ds-a")
    )
    assert api.get_dataset(made.id, made.id).name == "a"
    updated = api.update_dataset(org, t.UpdateDatasetRequest(tracking_id="ds-a", dataset_name="b"))
    assert (updated.id, updated.name) == (made.id, "b")
    listed = api.get_datasets_from_organization(org, org)
    assert [d.dataset.id for d in listed] == [made.id]
    other = make_dataset(client, org, "ds-other")
    with pytest.raises(t.BadRequestException) as refused:
        api.delete_dataset_by_tracking_id(other, "ds-a")
    assert refused.value.body is not None
    assert "Dataset header does not match provided dataset ID" in refused.value.body
    api.delete_dataset_by_tracking_id(made.id, "ds-a")
    with pytest.raises(t.NotFoundException):
        api.get_dataset(other, made.id)


def test_dataset_roles(server: LocalTrieveServer) -> None:
    """auth_handler.rs OwnerOnly/AdminOnly: a member of role 0 gets 403 Forbidden."""
    member = server.add_user(role=0)
    config = t.Configuration(host=server.url, api_key={"ApiKey": member.api_key})
    with t.ApiClient(config) as c, pytest.raises(t.ForbiddenException):
        make_dataset(c, server.organization_id)


def test_organization_create_get_update_delete(client: t.ApiClient) -> None:
    """The creator becomes the owner (spec: create_organization); owners update and delete."""
    api = t.OrganizationApi(client)
    org = api.create_organization(t.CreateOrganizationReqPayload(name="acme"))
    assert api.get_organization(org.id, org.id).name == "acme"
    renamed = api.update_organization(
        org.id, t.UpdateOrganizationReqPayload(organization_id=org.id, name="acme2")
    )
    assert renamed.name == "acme2"
    api.delete_organization(org.id, org.id)
    with pytest.raises(t.ApiException):
        api.get_organization(org.id, org.id)


def test_batch_over_120_is_refused_with_413(client: t.ApiClient, dataset: str) -> None:
    """chunk_handler.rs create_chunk: `chunks.len() > 120` -> PayloadTooLarge."""
    chunks = [t.ChunkReqPayload(chunk_html=f"c{i}") for i in range(121)]
    with pytest.raises(t.ApiException) as refused:
        create(client, dataset, *chunks)
    assert refused.value.status == 413
    assert refused.value.body is not None
    assert "Too many chunks provided in bulk. The limit is 120" in refused.value.body
    assert len(create(client, dataset, *chunks[:120]).chunk_metadata) == 120  # type: ignore[attr-defined]


def test_upsert_by_tracking_id_and_get_update_delete(client: t.ApiClient, dataset: str) -> None:
    """create_chunk: upsert_by_tracking_id replaces the chunk with that tracking id; without
    it, the duplicate is dropped. update_chunk keeps unset fields (`.or(chunk_metadata.x)`)."""
    api = t.ChunkApi(client)
    first = create(client, dataset, t.ChunkReqPayload(chunk_html="one", tracking_id="k"))
    chunk_id = first.chunk_metadata.id  # type: ignore[attr-defined]
    create(client, dataset, t.ChunkReqPayload(chunk_html="dropped", tracking_id="k"))
    assert api.get_chunk_by_id(dataset, chunk_id).actual_instance.chunk_html == "one"
    create(
        client,
        dataset,
        t.ChunkReqPayload(chunk_html="two", tracking_id="k", upsert_by_tracking_id=True),
    )
    got = api.get_chunk_by_tracking_id(dataset, "k").actual_instance
    assert (got.id, got.chunk_html) == (chunk_id, "two")
    api.update_chunk(dataset, t.UpdateChunkReqPayload(chunk_id=chunk_id, link="https://x"))
    got = api.get_chunk_by_id(dataset, chunk_id).actual_instance
    assert (got.chunk_html, got.link) == ("two", "https://x")
    assert [
        c.actual_instance.id
        for c in api.get_chunks_by_ids(dataset, t.GetChunksData(ids=[chunk_id]))
    ] == [chunk_id]
    api.delete_chunk_by_tracking_id(dataset, "k")
    with pytest.raises(t.NotFoundException):
        api.get_chunk_by_id(dataset, chunk_id)


def test_v1_shape_joins_tags(client: t.ApiClient, dataset: str) -> None:
    """X-API-Version V1: ChunkMetadataStringTagSet, tags joined by commas."""
    create(client, dataset, t.ChunkReqPayload(chunk_html="x", tracking_id="v", tag_set=["a", "b"]))
    got = t.ChunkApi(client).get_chunk_by_tracking_id(dataset, "v", x_api_version="V1")
    assert got.actual_instance.tag_set == "a,b"


def test_scroll_offset_is_inclusive_and_tags_count(client: t.ApiClient, dataset: str) -> None:
    """scroll_dataset_chunks: ids ascending, the page starts at offset_chunk_id itself."""
    made = create(
        client,
        dataset,
        *[
            t.ChunkReqPayload(chunk_html=f"c{i}", tag_set=["even" if i % 2 == 0 else "odd"])
            for i in range(5)
        ],
    )
    ids = sorted(c.id for c in made.chunk_metadata)  # type: ignore[attr-defined]
    api = t.ChunkApi(client)
    page = api.scroll_dataset_chunks(dataset, t.ScrollChunksReqPayload(page_size=2))
    assert [c.id for c in page.chunks] == ids[:2]
    page = api.scroll_dataset_chunks(
        dataset, t.ScrollChunksReqPayload(offset_chunk_id=ids[1], page_size=2)
    )
    assert [c.id for c in page.chunks] == ids[1:3]
    tags = t.DatasetApi(client).get_all_tags(dataset, t.GetAllTagsReqPayload())
    assert [(x.tag, x.count) for x in tags.tags] == [("even", 3), ("odd", 2)]
    assert tags.total == 2


def test_concurrent_writes_lose_nothing(server: LocalTrieveServer, dataset: str) -> None:
    def ingest(n: int) -> None:
        config = t.Configuration(host=server.url, api_key={"ApiKey": server.api_key})
        with t.ApiClient(config) as c:
            for i in range(5):
                create(
                    c,
                    dataset,
                    *[
                        t.ChunkReqPayload(chunk_html=f"t{n} b{i} c{j}", tracking_id=f"{n}-{i}-{j}")
                        for j in range(10)
                    ],
                )

    threads = [threading.Thread(target=ingest, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    config = t.Configuration(host=server.url, api_key={"ApiKey": server.api_key})
    with t.ApiClient(config) as c:
        page = t.ChunkApi(c).scroll_dataset_chunks(dataset, t.ScrollChunksReqPayload(page_size=500))
    assert len(page.chunks) == 200


def test_db_keeps_state_across_restarts(tmp_path: object) -> None:
    path = f"{tmp_path}/local.db"
    with LocalTrieveServer(db=path) as first:
        config = t.Configuration(host=first.url, api_key={"ApiKey": first.api_key})
        with t.ApiClient(config) as c:
            dataset = make_dataset(c, first.organization_id)
            create(
                c, dataset, t.ChunkReqPayload(chunk_html="kept across restarts", tracking_id="p")
            )
    with LocalTrieveServer(db=path) as second:
        config = t.Configuration(host=second.url, api_key={"ApiKey": second.api_key})
        with t.ApiClient(config) as c:
            got = t.ChunkApi(c).get_chunk_by_tracking_id(dataset, "p").actual_instance
            assert got.chunk_html == "kept across restarts"
            found = t.ChunkApi(c).search_chunks(
                dataset,
                t.SearchChunksReqPayload(search_type="bm25", query=t.QueryTypes("restarts")),
            )
            assert len(found.actual_instance.chunks) == 1
