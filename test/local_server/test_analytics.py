"""The local server's search analytics report the searches made on it (through the SDK)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from trieve_py_client import (
    AnalyticsApi,
    ApiClient,
    ChunkApi,
    Configuration,
    SearchAnalytics,
    SearchChunksReqPayload,
)
from trieve_py_client.testing import LocalTrieveServer


@pytest.fixture
def apis() -> Iterator[tuple[LocalTrieveServer, ChunkApi, AnalyticsApi]]:
    with LocalTrieveServer() as server:
        config = Configuration(host=server.url, api_key={"ApiKey": server.api_key})
        with ApiClient(config) as client:
            yield server, ChunkApi(client), AnalyticsApi(client)


def analytics(api: AnalyticsApi, dataset: str, **request: object) -> object:
    return api.get_search_analytics(dataset, SearchAnalytics.from_dict(request)).actual_instance


def test_searches_made_are_reported_by_the_search_analytics(
    apis: tuple[LocalTrieveServer, ChunkApi, AnalyticsApi],
) -> None:
    server, chunks, api = apis
    dataset, other = server.add_dataset(), server.add_dataset()
    for query, kind in [("ferns", "fulltext"), ("moss", "bm25"), ("ferns", "fulltext")]:
        chunks.search_chunks(dataset, SearchChunksReqPayload(query=query, search_type=kind))
    heads = analytics(api, dataset, type="head_queries")
    assert [(q.query, q.count) for q in heads.queries] == [("ferns", 2), ("moss", 1)]
    counts = analytics(api, dataset, type="count_queries")
    assert sorted((c.search_method, c.search_count) for c in counts.total_queries) == [
        ("bm25", 1),
        ("fulltext", 2),
    ]
    assert analytics(api, dataset, type="search_metrics").total_queries == 3
    recent = analytics(api, dataset, type="search_queries", sort_order="asc")
    assert [event.query for event in recent.queries] == ["ferns", "moss", "ferns"]
    assert all(event.dataset_id == dataset for event in recent.queries)
    details = analytics(api, dataset, type="query_details", search_id=recent.queries[1].id)
    assert (details.query, details.request_params["search_type"]) == ("moss", "bm25")
    # Nothing was found: every search is a no-result query.
    assert len(analytics(api, dataset, type="no_result_queries").queries) == 3
    # Another dataset's analytics see none of them.
    assert analytics(api, other, type="search_metrics").total_queries == 0


def test_search_queries_come_by_pages_of_ten(
    apis: tuple[LocalTrieveServer, ChunkApi, AnalyticsApi],
) -> None:
    server, chunks, api = apis
    dataset = server.add_dataset()
    for number in range(12):
        chunks.search_chunks(
            dataset, SearchChunksReqPayload(query=f"q{number}", search_type="bm25")
        )
    first = analytics(api, dataset, type="search_queries", sort_order="asc")
    second = analytics(api, dataset, type="search_queries", sort_order="asc", page=2)
    assert [e.query for e in first.queries + second.queries] == [f"q{n}" for n in range(12)]
