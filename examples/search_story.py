"""Search and answers, told with trieve_py_client: the second half of `make demo`.

A dataset is created, a small bundled corpus (plants.json, beside this file) ingested in
batches, searched with a tag filter, and asked a question whose answer is streamed. Against the
bundled local server the answer is built from the retrieved chunks' text (there is no LLM),
and every search type ranks with BM25 (see docs/LocalTrieve.md).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import trieve_py_client
from trieve_py_client import (
    ChunkFilter,
    ChunkReqPayload,
    CreateChunkReqPayloadEnum,
    CreateDatasetRequest,
    CreateMessageReqPayload,
    CreateTopicReqPayload,
    FieldCondition,
    LLMOptions,
    SearchChunksReqPayload,
)

CORPUS = Path(__file__).resolve().with_name("plants.json")
# The server takes at most 120 chunks per create_chunk request.
BATCH = 120


def batches(items: Sequence[Any], size: int = BATCH) -> Iterator[Sequence[Any]]:
    """`items` in consecutive slices of at most `size`."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def tell(stack: ExitStack, configuration: trieve_py_client.Configuration, org: str) -> int:
    """Steps 8 to 11 of the demo; returns the exit status."""
    client = stack.enter_context(trieve_py_client.ApiClient(configuration))
    request = CreateDatasetRequest(
        dataset_name=f"quickstart-plants-{secrets.token_hex(4)}", organization_id=org
    )
    dataset = trieve_py_client.DatasetApi(client).create_dataset(org, request)
    print(f"8. Created the dataset {dataset.name!r} ({dataset.id})")

    chunks = trieve_py_client.ChunkApi(client)
    corpus = [ChunkReqPayload.from_dict(item) for item in json.loads(CORPUS.read_text("utf-8"))]
    for batch in batches(corpus):
        chunks.create_chunk(dataset.id, CreateChunkReqPayloadEnum(list(batch)))
    print(f"9. Ingested {len(corpus)} chunks of {CORPUS.name} in batches of at most {BATCH}")

    only_mosses = ChunkFilter(must=[FieldCondition(field="tag_set", match_any=["mosses"])])
    found = chunks.search_chunks(
        dataset.id,
        SearchChunksReqPayload(
            query="spores", search_type="bm25", filters=only_mosses, page_size=3
        ),
        x_api_version="V2",
    ).actual_instance
    print("10. Searched 'spores' among the chunks tagged 'mosses':")
    for scored in found.chunks:
        chunk = scored.chunk.actual_instance
        print(f"    {scored.score:.3f} {chunk.tracking_id}: {chunk.chunk_html}")

    topic = trieve_py_client.TopicApi(client).create_topic(
        dataset.id, CreateTopicReqPayload(owner_id="quickstart", name="Spores")
    )
    question = CreateMessageReqPayload(
        topic_id=topic.id,
        new_message_content="How do ferns reproduce?",
        llm_options=LLMOptions(stream_response=True),
    )
    # The raw stream, read as it comes: the JSON of the chunks used, "||", then the answer.
    response = trieve_py_client.MessageApi(client).create_message_without_preload_content(
        dataset.id, question
    )
    try:
        if response.status != 200:
            print(f"11. The message was refused ({response.status}): {response.data!r}")
            return 1
        pieces = list(response.stream(256))
    finally:
        response.release_conn()
    used, _, answer = b"".join(pieces).decode("utf-8").partition("||")
    print(f"11. Streamed an answer in {len(pieces)} pieces, from {len(json.loads(used))} chunks:")
    print(f"    {answer.strip()}")
    return 0
