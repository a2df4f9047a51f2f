"""Topics and messages, with an answer built from the retrieved chunks instead of an LLM.

Behaviour from devflowinc/trieve (the index holds versions around 0.11.8, not db14a1baf
itself): server/src/handlers/topic_handler.rs (`create_topic`: a name or a
first_user_message, else 400; update and delete by id in the dataset, 204 even when no topic
matched, as `update_topic_query` / `delete_topic_query` update no row without an error;
`get_all_topics_for_owner_id`, newest update first), server/src/handlers/message_handler.rs
(`create_message`, `edit_message`, `regenerate_message(_patch)`, `get_all_topic_messages`,
`check_completion_param_validity`) and server/src/operators/message_operator.rs
(`create_topic_message_query`: a system message at sort order 0 opens a topic;
`delete_message_query`: a message and every later one are deleted; `stream_response`: the
retrieved chunks as a JSON array of V1 chunks, "||", then the completion, or with
`completion_first` the completion, then "||" and the array; not streamed, the completion
alone as a JSON string; the assistant message stores both).

There is no LLM: the topic name from a first_user_message is its first three words, and the
completion quotes the retrieved chunks' text, in order, in several writes.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from ._content import chunk_v1, html_text
from ._ctx import ADMIN, Answer, Ctx, Reply, RouteTable, uuid_param
from ._search import rank
from ._timestamps import now

SYSTEM_PROMPT = "You are a helpful assistant"
NO_RESULTS = "I was not able to find any relevant information to answer your query."
_RETRIEVALS = 8  # stream_response: page_size, else N_RETRIEVALS_TO_INCLUDE (8)
_LIMITS = (
    ("temperature", 0.0, 2.0, "Temperature must be between 0 and 2"),
    ("frequency_penalty", -2.0, 2.0, "Frequency penalty must be between -2.0 and 2.0"),
    ("presence_penalty", -2.0, 2.0, "Presence penalty must be between -2.0 and 2.0"),
)
_MESSAGE_COLUMNS = (
    "id, topic_id, sort_order, content, role, deleted, created_at, updated_at, dataset_id, "
    "prompt_tokens, completion_tokens"
)


def _topic(row: tuple[Any, ...]) -> dict[str, Any]:
    keys = ("id", "name", "deleted", "created_at", "updated_at", "dataset_id", "owner_id")
    topic = dict(zip(keys, row, strict=True))
    topic["deleted"] = bool(topic["deleted"])
    return topic


def _message(row: tuple[Any, ...]) -> dict[str, Any]:
    message = dict(zip([c.strip() for c in _MESSAGE_COLUMNS.split(",")], row, strict=True))
    message["deleted"] = bool(message["deleted"])
    return message


def create_topic(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    first, name = data.get("first_user_message"), data.get("name")
    if first is None and name is None:
        raise Answer(400, "first_user_message and name must not be empty")
    # get_topic_string asks an LLM for a 2-3 word name; here: the message's first words.
    topic_name = " ".join(str(first).split()[:3]) if first is not None else str(name)
    stamp = now()
    row = (str(uuid.uuid4()), topic_name, 0, stamp, stamp, ctx.dataset(), data["owner_id"])
    ctx.store.sql(
        "INSERT INTO topics (id, name, deleted, created_at, updated_at, dataset_id, owner_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        row,
    )
    return 200, _topic(row)


def update_topic(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    if data["name"] == "":
        raise Answer(400, "Topic name must not be empty")
    ctx.store.sql(
        "UPDATE topics SET name = ?, updated_at = ? WHERE id = ? AND dataset_id = ?",
        (data["name"], now(), str(uuid.UUID(data["topic_id"])), ctx.dataset()),
    )
    return 204, None


def delete_topic(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    ctx.store.sql(
        "UPDATE topics SET deleted = 1 WHERE id = ? AND dataset_id = ?",
        (uuid_param(ctx, "topic_id"), ctx.dataset()),
    )
    return 204, None


def get_all_topics_for_owner_id(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    rows = ctx.store.sql(
        "SELECT id, name, deleted, created_at, updated_at, dataset_id, owner_id FROM topics "
        "WHERE owner_id = ? AND dataset_id = ? AND deleted = 0 ORDER BY updated_at DESC, seq DESC",
        (ctx.params["owner_id"], ctx.dataset()),
    )
    return 200, [_topic(row) for row in rows]


def _messages(ctx: Ctx, topic_id: str) -> list[dict[str, Any]]:
    rows = ctx.store.sql(
        f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE topic_id = ? AND dataset_id = ? "
        "AND deleted = 0 ORDER BY sort_order, seq",
        (topic_id, ctx.dataset()),
    )
    return [_message(row) for row in rows]


def _insert(ctx: Ctx, topic_id: str, order: int, role: str, content: str) -> dict[str, Any]:
    stamp = now()
    row = (str(uuid.uuid4()), topic_id, order, content, role, 0, stamp, stamp, ctx.dataset())
    ctx.store.sql(
        "INSERT INTO messages (id, topic_id, sort_order, content, role, deleted, created_at, "
        "updated_at, dataset_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row,
    )
    return _message((*row, None, None))


def get_all_topic_messages(ctx: Ctx) -> tuple[int, object]:
    ctx.user()
    found = []
    for message in _messages(ctx, uuid_param(ctx, "messages_topic_id")):
        content = message["content"]
        if content.startswith("||[{"):
            # A completion_first answer stored as "||[chunks]text" is shown as "text[chunks]".
            head, sep, tail = content.rpartition("}]")
            if not sep:
                continue
            message["content"] = f"{tail}{head}}}]"
        found.append(message)
    return 200, found


def _check_llm_options(data: dict[str, Any]) -> None:
    options = data.get("llm_options") or {}
    for key, low, high, text in _LIMITS:
        if options.get(key) is not None and not low <= options[key] <= high:
            raise Answer(400, text)
    if len(options.get("stop_tokens") or ()) > 4:
        raise Answer(400, "Stop tokens must be less than or equal to 4")


def _pieces(text: str) -> list[str]:
    """The completion in several writes, a few words each, as an LLM's deltas arrive."""
    words = text.split(" ")
    return [
        " ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "")
        for i in range(0, len(words), 4)
    ]


def _respond(ctx: Ctx, history: list[dict[str, Any]], data: dict[str, Any]) -> tuple[int, object]:
    """stream_response: retrieve, answer, store the assistant message, stream or not."""
    if not history:
        raise Answer(400, "No messages found for the topic")
    if data.get("concat_user_messages_query"):
        query = "\n\n".join(m["content"] for m in history if m["role"] == "user")
    else:
        query = history[-1]["content"]
    search = {
        "query": data.get("search_query") or query,
        "filters": data.get("filters"),
        "score_threshold": data.get("score_threshold"),
    }
    size = _RETRIEVALS if data.get("page_size") is None else data["page_size"]
    found = rank(ctx, search, limit=size)[0] if size else []
    chunks = json.dumps(
        [chunk_v1(row) for row, _ in found], ensure_ascii=False, separators=(",", ":")
    )
    chunks = chunks.replace("||", "")
    texts = [" ".join(html_text(row[3]).split()) for row, _ in found]
    completion = " ".join(f"[{i}] {text}" for i, text in enumerate(texts, 1)) or NO_RESULTS
    options = data.get("llm_options") or {}
    first = bool(options.get("completion_first"))
    streamed = options.get("stream_response") is not False
    order = len(history) or 2
    if not first:
        stored = f"{chunks}||{completion}"
    else:
        # Streamed, the text then "||[chunks]"; not streamed, "||[chunks]" then the text.
        stored = f"{completion}||{chunks}" if streamed else f"||{chunks}{completion}"
    _insert(ctx, data["topic_id"], order, "assistant", stored)
    headers = (("TR-QueryID", str(uuid.uuid4())),)
    if not streamed:
        return 200, Reply(completion, headers)
    pieces = [piece.encode("utf-8") for piece in _pieces(completion)]
    edge = (f"||{chunks}" if first else f"{chunks}||").encode("utf-8")
    return 200, Reply(None, headers, (*pieces, edge) if first else (edge, *pieces))


def _topic_exists(ctx: Ctx, topic_id: str) -> None:
    rows = ctx.store.sql(
        "SELECT 1 FROM topics WHERE id = ? AND dataset_id = ? AND deleted = 0",
        (topic_id, ctx.dataset()),
    )
    if not rows:
        raise Answer(400, "This topic does not exist")


def create_message(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    _check_llm_options(data)
    return _ask(ctx, data)


def _ask(ctx: Ctx, data: dict[str, Any]) -> tuple[int, object]:
    topic_id = data["topic_id"] = str(uuid.UUID(data["topic_id"]))
    with ctx.store.transaction():
        history = _messages(ctx, topic_id)
        if not history:
            _topic_exists(ctx, topic_id)
            history.append(_insert(ctx, topic_id, 0, "system", SYSTEM_PROMPT))
        history.append(_insert(ctx, topic_id, len(history), "user", data["new_message_content"]))
        return _respond(ctx, history, data)


def _delete_from(ctx: Ctx, topic_id: str, order: int) -> None:
    ctx.store.sql(
        "UPDATE messages SET deleted = 1 WHERE topic_id = ? AND dataset_id = ? AND sort_order >= ?",
        (topic_id, ctx.dataset(), order),
    )


def edit_message(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    _check_llm_options(data)
    topic_id = str(uuid.UUID(data["topic_id"]))
    rows = ctx.store.sql(
        "SELECT 1 FROM messages WHERE topic_id = ? AND dataset_id = ? AND sort_order = ? "
        "AND deleted = 0",
        (topic_id, ctx.dataset(), data["message_sort_order"]),
    )
    if not rows:
        raise Answer(400, "This message does not exist for the authenticated user")
    _delete_from(ctx, topic_id, data["message_sort_order"])
    return _ask(ctx, data)


def regenerate_message(ctx: Ctx) -> tuple[int, object]:
    ctx.role(ADMIN)
    data = ctx.json()
    _check_llm_options(data)
    topic_id = data["topic_id"] = str(uuid.UUID(data["topic_id"]))
    with ctx.store.transaction():
        history = _messages(ctx, topic_id)
        if len(history) < 2:
            raise Answer(400, "Not enough messages to regenerate")
        if len(history) == 2:
            return _respond(ctx, history, data)
        last = next((m for m in reversed(history) if m["role"] == "assistant"), None)
        if last is None:
            raise Answer(400, "No message to regenerate")
        _delete_from(ctx, topic_id, last["sort_order"])
        return _respond(ctx, [m for m in history if m["sort_order"] < last["sort_order"]], data)


ROUTES: RouteTable = (
    ("POST", "/api/topic", create_topic),
    ("PUT", "/api/topic", update_topic),
    ("DELETE", "/api/topic/{topic_id}", delete_topic),
    ("GET", "/api/topic/owner/{owner_id}", get_all_topics_for_owner_id),
    ("POST", "/api/message", create_message),
    ("PUT", "/api/message", edit_message),
    ("DELETE", "/api/message", regenerate_message),
    ("PATCH", "/api/message", regenerate_message),
    ("GET", "/api/messages/{messages_topic_id}", get_all_topic_messages),
)
