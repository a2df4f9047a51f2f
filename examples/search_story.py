"""Search and answers, told with trieve_py_client: the second half of `make demo`.

A dataset is created, a small bundled corpus (plants.json, beside this file) ingested in
batches, searched with a tag filter, and asked a question whose answer is streamed. Against the
bundled local server the answer is built from the retrieved chunks' text (there is no LLM),
and every search type ranks with BM25 (see docs/LocalTrieve.md).
"""

from __future__ import annotations

import json
import secrets
from contextlib import ExitStack
from pathlib import Path

import trieve_py_client
from trieve_py_client import (
    ApiException,
    ChunkFilter,
    CreateDatasetRequest,
    CreateMessageReqPayload,
    CreateTopicReqPayload,
    FieldCondition,
    LLMOptions,
    SearchChunksReqPayload,
)
from trieve_py_client.bulk import ingest_chunks

CORPUS = Path(__file__).resolve().with_name("plants.json")
# The server takes at most 120 chunks per create_chunk request; the small corpus is sent in
# smaller batches, two at a time, to show the bulk helper at work.
BATCH = 10


def tell(stack: ExitStack, configuration: trieve_py_client.Configuration, org: str) -> int:
    """Steps 8 to 11 of the demo; returns the exit status."""
    client = stack.enter_context(trieve_py_client.ApiClient(configuration))
    request = CreateDatasetRequest(
        dataset_name=f"quickstart-plants-{secrets.token_hex(4)}", organization_id=org
    )
    dataset = trieve_py_client.DatasetApi(client).create_dataset(org, request)
    print(f"8. Created the dataset {dataset.name!r} ({dataset.id})")

    chunks = trieve_py_client.ChunkApi(client)
    corpus = json.loads(CORPUS.read_text("utf-8"))
    summary = ingest_chunks(chunks, dataset.id, corpus, batch_size=BATCH, threads=2)
    if summary.failed or summary.unknown:
        print(f"9. The ingest did not complete: {summary}")
        return 1
    print(
        f"9. Ingested {summary.accepted} chunks of {CORPUS.name} in {summary.batches} batches "
        f"of at most {BATCH}, two at a time (trieve_py_client.bulk.ingest_chunks)"
    )

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
    # The answer's text as it arrives; the chunks it cites once their JSON part has come.
    messages = trieve_py_client.MessageApi(client)
    try:
        with messages.create_message_stream(dataset.id, question) as answer:
            pieces = list(answer)
    except ApiException as refused:
        print(f"11. The message was refused ({refused.status}): {refused.reason}")
        return 1
    cited = answer.citations or []
    print(f"11. Streamed an answer in {len(pieces)} pieces, citing {len(cited)} chunks:")
    print(f"    {answer.text.strip()}")
    return 0
