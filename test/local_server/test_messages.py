"""Topics and messages of the local server, through the SDK on loopback.

Pinned to devflowinc/trieve's topic_handler.rs, message_handler.rs and message_operator.rs
(`stream_response`), as the module docstring of trieve_py_client/testing/_messages.py cites.
"""

from __future__ import annotations

import json

import pytest

import trieve_py_client as t
from trieve_py_client.testing import LocalTrieveServer

CORPUS = [
    ("fern-1", ["ferns"], "<p>Ferns reproduce by spores released from sporangia.</p>"),
    ("fern-2", ["ferns"], "<p>A young fern frond unrolls from a fiddlehead.</p>"),
    ("oak-1", ["trees"], "<p>Oaks produce acorns, which jays bury and forget.</p>"),
]


@pytest.fixture
def dataset(client: t.ApiClient, server: LocalTrieveServer) -> str:
    org = server.organization_id
    request = t.CreateDatasetRequest(dataset_name="plants", organization_id=org)
    made = t.DatasetApi(client).create_dataset(org, request).id
    chunks = [
        t.ChunkReqPayload(tracking_id=key, tag_set=tags, chunk_html=html)
        for key, tags, html in CORPUS
    ]
    t.ChunkApi(client).create_chunk(made, t.CreateChunkReqPayloadEnum(chunks))
    return made


def topic(client: t.ApiClient, dataset: str, owner: str = "me") -> str:
    return (
        t.TopicApi(client)
        .create_topic(dataset, t.CreateTopicReqPayload(owner_id=owner, name="q"))
        .id
    )


def ask(
    client: t.ApiClient, dataset: str, topic_id: str, text: str, **options: object
) -> tuple[dict[str, str], list[bytes]]:
    """The raw answer's headers and its HTTP chunks, as they were written."""
    request = t.CreateMessageReqPayload(
        topic_id=topic_id, new_message_content=text, llm_options=t.LLMOptions(**options)
    )
    response = t.MessageApi(client).create_message_without_preload_content(dataset, request)
    try:
        assert response.status == 200
        return dict(response.headers), list(response.read_chunked())
    finally:
        response.release_conn()


def test_topics_create_update_list_delete(client: t.ApiClient, dataset: str) -> None:
    """topic_handler.rs: a name or a first_user_message is needed; update and delete by id;
    get_all_topics_for_owner_id lists the owner's topics, the last updated first."""
    api = t.TopicApi(client)
    with pytest.raises(t.BadRequestException) as refused:
        api.create_topic(dataset, t.CreateTopicReqPayload(owner_id="me"))
    assert refused.value.data.message == "first_user_message and name must not be empty"
    named = api.create_topic(dataset, t.CreateTopicReqPayload(owner_id="me", name="Plants"))
    # No LLM names it: the first three words of the first message.
    first = t.CreateTopicReqPayload(owner_id="me", first_user_message="how do ferns grow here")
    guessed = api.create_topic(dataset, first)
    assert (named.name, guessed.name, guessed.owner_id) == ("Plants", "how do ferns", "me")
    api.update_topic(dataset, t.UpdateTopicReqPayload(topic_id=named.id, name="Renamed"))
    listed = api.get_all_topics_for_owner_id("me", dataset)
    assert [(x.id, x.name) for x in listed] == [(named.id, "Renamed"), (guessed.id, "how do ferns")]
    with pytest.raises(t.BadRequestException) as empty:
        api.update_topic(dataset, t.UpdateTopicReqPayload(topic_id=named.id, name=""))
    assert empty.value.data.message == "Topic name must not be empty"
    api.delete_topic(dataset, named.id)
    assert [x.id for x in api.get_all_topics_for_owner_id("me", dataset)] == [guessed.id]
    assert api.get_all_topics_for_owner_id("someone-else", dataset) == []


def test_a_streamed_answer_is_the_chunks_then_the_text_in_several_writes(
    client: t.ApiClient, dataset: str
) -> None:
    """stream_response: the V1 chunks as JSON, "||", then the completion, chunked, with no
    Content-Type (actix-web's HttpResponse::streaming) and a TR-QueryID."""
    headers, parts = ask(client, dataset, topic(client, dataset), "How do ferns reproduce?")
    lowered = {k.lower(): v for k, v in headers.items()}
    assert lowered["transfer-encoding"] == "chunked"
    assert "content-type" not in lowered
    assert lowered["tr-queryid"]
    assert len(parts) > 2
    assert parts[0].endswith(b"||")
    used = json.loads(parts[0][:-2])
    assert [chunk["tracking_id"] for chunk in used] == ["fern-1"]  # "ferns", not "fern"
    assert used[0]["tag_set"] == "ferns"  # ChunkMetadataStringTagSet: tags as one string
    answer = b"".join(parts[1:]).decode()
    assert "Ferns reproduce by spores released from sporangia." in answer
    assert "||" not in answer


def test_completion_first_puts_the_text_before_the_chunks(
    client: t.ApiClient, dataset: str
) -> None:
    topic_id = topic(client, dataset)
    _, parts = ask(client, dataset, topic_id, "acorns", completion_first=True)
    assert parts[-1].startswith(b"||[")
    assert [c["tracking_id"] for c in json.loads(parts[-1][2:])] == ["oak-1"]
    text = b"".join(parts[:-1]).decode()
    assert "Oaks produce acorns" in text
    # Not streamed, the answer is stored as "||[chunks]text" and listed as "text||[chunks]"
    # (get_all_topic_messages), as the streamed one is stored.
    request = t.CreateMessageReqPayload(
        topic_id=topic_id,
        new_message_content="acorns",
        llm_options=t.LLMOptions(completion_first=True, stream_response=False),
    )
    assert t.MessageApi(client).create_message(dataset, request) == text
    listed = t.MessageApi(client).get_all_topic_messages(dataset, topic_id)
    assert [m.content for m in listed if m.role == "assistant"] == [
        f"{text}||{parts[-1][2:].decode()}"
    ] * 2


def test_with_no_chunk_found_the_stream_still_begins_with_an_empty_list(
    client: t.ApiClient, dataset: str
) -> None:
    _, parts = ask(client, dataset, topic(client, dataset), "zebra")
    assert parts[0] == b"[]||"
    assert b"".join(parts[1:]).decode() == (
        "I was not able to find any relevant information to answer your query."
    )


def test_an_answer_not_streamed_is_the_completion_as_a_json_string(
    client: t.ApiClient, dataset: str
) -> None:
    """Not streamed: `.json(completion_content)`; the stored message holds chunks||text, after
    a system message (sort order 0) and the user's (1)."""
    topic_id = topic(client, dataset)
    request = t.CreateMessageReqPayload(
        topic_id=topic_id,
        new_message_content="fiddlehead",
        llm_options=t.LLMOptions(stream_response=False),
    )
    answer = t.MessageApi(client).create_message(dataset, request)
    assert answer == "[1] A young fern frond unrolls from a fiddlehead."
    messages = t.MessageApi(client).get_all_topic_messages(dataset, topic_id)
    assert [(m.sort_order, m.role) for m in messages] == [
        (0, "system"),
        (1, "user"),
        (2, "assistant"),
    ]
    chunks, _, text = messages[2].content.partition("||")
    assert (json.loads(chunks)[0]["tracking_id"], text) == ("fern-2", answer)


def test_edit_and_regenerate_replace_the_later_messages(client: t.ApiClient, dataset: str) -> None:
    """edit_message deletes the message at the sort order and every later one, then asks
    again; regenerate deletes the last answer and answers the same question again."""
    api = t.MessageApi(client)
    topic_id = topic(client, dataset)
    with pytest.raises(t.BadRequestException) as too_few:
        api.regenerate_message_patch(dataset, t.RegenerateMessageReqPayload(topic_id=topic_id))
    assert too_few.value.data.message == "Not enough messages to regenerate"
    ask(client, dataset, topic_id, "acorns")
    ask(client, dataset, topic_id, "spores")
    edit = t.EditMessageReqPayload(
        topic_id=topic_id, message_sort_order=3, new_message_content="fiddlehead"
    )
    api.edit_message(dataset, edit)
    messages = api.get_all_topic_messages(dataset, topic_id)
    assert [m.content for m in messages if m.role == "user"] == ["acorns", "fiddlehead"]
    assert [m.sort_order for m in messages] == [0, 1, 2, 3, 4]
    before = messages[4].id
    # Not streamed, so that the SDK parses the answer (a stream has no Content-Type).
    not_streamed = t.LLMOptions(stream_response=False)
    again = api.regenerate_message(
        dataset, t.RegenerateMessageReqPayload(topic_id=topic_id, llm_options=not_streamed)
    )
    assert "fiddlehead" in again
    after = api.get_all_topic_messages(dataset, topic_id)
    assert [m.sort_order for m in after] == [0, 1, 2, 3, 4]
    assert after[4].id != before
    with pytest.raises(t.BadRequestException) as missing:
        api.edit_message(
            dataset,
            t.EditMessageReqPayload(
                topic_id=topic_id, message_sort_order=9, new_message_content="x"
            ),
        )
    assert missing.value.data.message == "This message does not exist for the authenticated user"


@pytest.mark.parametrize(
    ("options", "text"),
    [
        ({"temperature": 2.5}, "Temperature must be between 0 and 2"),
        ({"frequency_penalty": -3.0}, "Frequency penalty must be between -2.0 and 2.0"),
        ({"presence_penalty": 2.5}, "Presence penalty must be between -2.0 and 2.0"),
        ({"stop_tokens": ["a", "b", "c", "d", "e"]}, "Stop tokens must be less than or equal to 4"),
    ],
)
def test_llm_options_out_of_range_are_refused(
    client: t.ApiClient, dataset: str, options: dict[str, object], text: str
) -> None:
    """check_completion_param_validity, before anything is stored."""
    topic_id = topic(client, dataset)
    request = t.CreateMessageReqPayload(
        topic_id=topic_id, new_message_content="x", llm_options=t.LLMOptions(**options)
    )
    with pytest.raises(t.BadRequestException) as refused:
        t.MessageApi(client).create_message(dataset, request)
    assert refused.value.data.message == text
    assert t.MessageApi(client).get_all_topic_messages(dataset, topic_id) == []


def test_a_message_to_an_unknown_topic_is_refused(client: t.ApiClient, dataset: str) -> None:
    """create_generic_system_message's get_topic_query: 400 for a topic not in the dataset."""
    request = t.CreateMessageReqPayload(
        topic_id="00000000-0000-4000-8000-000000000000", new_message_content="x"
    )
    with pytest.raises(t.BadRequestException) as refused:
        t.MessageApi(client).create_message(dataset, request)
    assert refused.value.data.message == "This topic does not exist"
