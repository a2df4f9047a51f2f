"""Paging: the generated `x_pages` iterators yield every item once, fetching pages as needed,
against a loopback server that pages as Trieve does (test/support/ragserver.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.ragserver import GROUP_PAGE, RagServer

from trieve_py_client import (
    AnalyticsApi,
    ApiClient,
    ApiValueError,
    ChunkApi,
    ChunkGroupApi,
    Configuration,
    DatasetApi,
    FileApi,
    SearchAnalytics,
    SearchChunksReqPayload,
    api,
    models,
)
from trieve_py_client.bulk import upload_file
from trieve_py_client.testing import LocalTrieveServer

SPEC = json.loads(
    (Path(__file__).resolve().parents[2] / "openapi.json").read_text(encoding="utf-8")
)


@pytest.fixture
def rag() -> Iterator[RagServer]:
    with RagServer() as server:
        yield server


@pytest.fixture
def client(rag: RagServer) -> Iterator[ApiClient]:
    configuration = Configuration(host=rag.url, api_key={"ApiKey": "tr-test"})
    with ApiClient(configuration) as api_client:
        yield api_client


@pytest.mark.parametrize("page_size", [2, 7, 10, 25])
def test_the_scroll_yields_each_chunk_once(
    rag: RagServer, client: ApiClient, page_size: int
) -> None:
    ids = rag.add_chunks(25)
    body = models.ScrollChunksReqPayload(page_size=page_size)
    seen = [chunk.id for chunk in ChunkApi(client).scroll_dataset_chunks_pages("dataset", body)]
    assert seen == ids
    # Each page after the first starts from the last chunk seen, which the server repeats.
    offsets = [r[2].get("offset_chunk_id") for r in rag.requests]
    assert offsets[0] is None
    expected = [ids[i] for i in range(page_size - 1, 25, page_size - 1)]
    # Until a page brings nothing new: the last one holds the last chunk alone.
    assert offsets[1:] == expected + ([ids[-1]] if expected[-1:] != ids[-1:] else [])


def test_a_scroll_of_one_a_page_is_refused(client: ApiClient) -> None:
    body = models.ScrollChunksReqPayload(page_size=1)
    with pytest.raises(ApiValueError, match="page_size must be at least 2"):
        list(ChunkApi(client).scroll_dataset_chunks_pages("dataset", body))


def test_chunks_in_a_group_come_page_by_page(rag: RagServer, client: ApiClient) -> None:
    ids = rag.add_chunks(2 * GROUP_PAGE + 3)
    group = "00000000-0000-4000-8000-0000000000bb"
    pages = ChunkGroupApi(client).get_chunks_in_group_pages("dataset", group, 1, "V2")
    assert [chunk.id for chunk in pages] == ids
    # total_pages says when to stop: no request for a fourth, empty page.
    assert [r[1] for r in rag.requests] == [f"/api/chunk_group/{group}/{n}" for n in (1, 2, 3)]


# The local Trieve's tests use conftest's shared server and its seeded user's api_client.
def test_datasets_of_an_organization_come_by_offset(
    server: LocalTrieveServer, api_client: ApiClient
) -> None:
    made = {server.add_dataset() for _ in range(5)}
    datasets = DatasetApi(api_client)
    org = server.organization_id
    every = datasets.get_datasets_from_organization(org, org)
    by_two = datasets.get_datasets_from_organization_pages(org, org, limit=2)
    assert [d.dataset.id for d in by_two] == [d.dataset.id for d in every]
    assert made <= {d.dataset.id for d in every}
    # Without a limit the server takes no offset: one request answers every dataset.
    once = datasets.get_datasets_from_organization_pages(org, org)
    assert [d.dataset.id for d in once] == [d.dataset.id for d in every]
    with pytest.raises(ApiValueError, match="offset pages only with limit"):
        list(datasets.get_datasets_from_organization_pages(org, org, offset=2))


def test_files_come_page_by_page(
    server: LocalTrieveServer, api_client: ApiClient, tmp_path: Path
) -> None:
    dataset = server.add_dataset()
    api_client.set_default_header("TR-Dataset", dataset)
    names = [f"note{number:02}.txt" for number in range(13)]  # a page holds 10
    for name in names:
        (tmp_path / name).write_text(name)
        upload_file(FileApi(api_client), dataset, tmp_path / name)
    files = FileApi(api_client).get_dataset_files_handler_pages(dataset, dataset, 1)
    assert [file.file_name for file in files] == names


def test_analytics_page_by_page_and_at_once(
    server: LocalTrieveServer, api_client: ApiClient
) -> None:
    dataset = server.add_dataset()
    for number in range(23):  # three pages of ten
        ChunkApi(api_client).search_chunks(
            dataset, SearchChunksReqPayload(query=f"q{number}", search_type="bm25")
        )
    analytics = AnalyticsApi(api_client)
    request = SearchAnalytics.from_dict({"type": "search_queries", "sort_order": "asc"})
    events = analytics.get_search_analytics_pages(dataset, request)
    assert [event.query for event in events] == [f"q{number}" for number in range(23)]
    # A type that is no listing answers once, whole.
    metrics = SearchAnalytics.from_dict({"type": "search_metrics"})
    [answer] = analytics.get_search_analytics_pages(dataset, metrics)
    assert answer.actual_instance.total_queries == 23


def test_every_paging_operation_has_its_iterator() -> None:
    paging = [
        (op["tags"][0], op["operationId"], op["x-pages"]["style"])
        for ops in SPEC["paths"].values()
        for op in ops.values()
        if "x-pages" in op
    ]
    assert len(paging) == 13
    for tag, operation, _ in paging:
        api_class = getattr(api, f"{tag.replace(' ', '')}Api")
        assert callable(getattr(api_class, f"{operation}_pages"))
