"""A search with a filter, made two ways: ``ChunkApi.search_chunks`` and raw urllib3.

The request is a hybrid search narrowed by a metadata filter (the shape most searches take);
the answer is a V2 ``SearchResponseBody`` of five scored chunks (nginx takes a fixed answer of
at most 4 KiB), so the SDK's side includes
building the payload's models, validating them and reading the answer into models, where raw
does ``json.dumps`` and ``json.loads``.

Like ``workloads``, this module imports no SDK: the package is passed in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import urllib3

from benchmarks.workloads import POOL_MAXSIZE, Target

SEARCH_PATH = "/api/chunk/search"
DATASET_ID = "3c5f8a1e-9b2d-4e6f-a0c1-d2e3f4a5b6c7"
QUERY = "how do I rotate an api key"
TAGS = ["docs", "security"]
RESULTS = 5


def payload() -> dict[str, Any]:
    """The request body both sides send, as JSON."""
    return {
        "query": QUERY,
        "search_type": "hybrid",
        "page_size": RESULTS,
        "filters": {"must": [{"field": "tag_set", "match_any": TAGS}]},
    }


def answer() -> dict[str, Any]:
    """What the benchmark's server returns: five scored chunks in the V2 shape."""
    chunks = [
        {
            "chunk": {
                "id": f"6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c{i:02d}",
                "dataset_id": DATASET_ID,
                "created_at": "2024-05-01T10:00:00.000",
                "updated_at": "2024-05-02T11:30:00.000",
                "chunk_html": f"<p>Rotating keys, part {i}</p>",
                "link": f"https://docs.example.com/keys/{i}",
                "tag_set": TAGS,
                "tracking_id": f"doc-{i}",
                "metadata": {"section": "keys", "order": i},
                "num_value": None,
                "time_stamp": None,
                "location": None,
                "image_urls": None,
                "weight": 1.0,
            },
            "highlights": [f"rotate part {i}"],
            "score": 0.9 - i / 100,
        }
        for i in range(RESULTS)
    ]
    return {
        "id": "0f1e2d3c-4b5a-4697-8877-665544332211",
        "chunks": chunks,
        "total_pages": 1,
        "corrected_query": None,
    }


def build_payload(pkg: ModuleType) -> Any:
    """The request as ``pkg``'s models, built as a user does (the filter's condition is a
    ``oneOf`` wrapper around a ``FieldCondition``)."""
    condition = pkg.FieldCondition(
        field="tag_set", match_any=[pkg.MatchCondition(tag) for tag in TAGS]
    )
    return pkg.SearchChunksReqPayload(
        query=QUERY,
        search_type=pkg.SearchMethod.HYBRID,
        page_size=RESULTS,
        filters=pkg.ChunkFilter(must=[pkg.ConditionType(condition)]),
    )


def sdk_search(pkg: ModuleType, client: Any) -> Callable[[], object]:
    """One search through ``pkg``'s ``ChunkApi``, building the payload's models each call."""
    api = pkg.ChunkApi(client)

    def call() -> object:
        return api.search_chunks(DATASET_ID, build_payload(pkg))

    return call


def raw_headers(target: Target) -> dict[str, str]:
    """The headers the SDK sends with a search, as raw urllib3 sends them."""
    return {
        "Accept": "application/json",
        "Authorization": target.api_key,
        "Content-Type": "application/json",
        "TR-Dataset": DATASET_ID,
        "User-Agent": "raw-urllib3",
    }


def raw_search(target: Target) -> tuple[Callable[[], Any], Callable[[], None]]:
    """The same request with urllib3 alone, and a function closing its pool."""
    pool = urllib3.PoolManager(maxsize=POOL_MAXSIZE)
    url = target.url + SEARCH_PATH
    headers = raw_headers(target)

    def call() -> Any:
        resp = pool.request("POST", url, body=json.dumps(payload()).encode(), headers=headers)
        if resp.status >= 300:
            raise RuntimeError(f"raw search: HTTP {resp.status}")
        return json.loads(resp.data)

    return call, pool.clear


def repeat(call: Callable[[], object], calls: int) -> Callable[[], None]:
    def run() -> None:
        for _ in range(calls):
            call()

    return run
