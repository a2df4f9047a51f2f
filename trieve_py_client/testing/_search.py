"""Search, autocomplete and count, ranked by SQLite FTS5's BM25.

There is no embedding model offline: `fulltext`, `bm25`, `semantic` and `hybrid` all rank
lexically (the query's words OR'd, as the server's bm25 search ORs them), and each keeps its
answer's shape. Shapes and options follow server/src/handlers/chunk_handler.rs
`search_chunks` (stored file id 7793747282): a score_threshold of 0 means none, page 0 is
page 1, V2 answers carry a fresh search id, V1 answers `score_chunks`.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from ._chunks import api_version
from ._content import CHUNK_COLUMNS, chunk_v1, chunk_v2, content_only, slim
from ._ctx import Ctx, RouteTable, page_count
from ._filters import where_clause

_WORD = re.compile(r"\w+", re.UNICODE)
Scored = tuple[tuple[Any, ...], float]


def words(query: object) -> list[str]:
    """The query's words (a multi-query's texts together)."""
    if isinstance(query, list):
        query = " ".join(str(part.get("query", "")) for part in query if isinstance(part, dict))
    return [word.lower() for word in _WORD.findall(str(query))]


def _match(terms: list[str], prefix: bool) -> str:
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    if prefix and quoted:
        quoted[-1] += "*"
    return " OR ".join(quoted)


def rank(
    ctx: Ctx,
    data: dict[str, Any],
    *,
    extra: tuple[str, tuple[object, ...]] = ("1", ()),
    prefix: bool = False,
    limit: int | None = None,
    offset: int = 0,
    count: bool = True,
) -> tuple[list[Scored], int]:
    """Chunks of the dataset matching the query and filters, best first, and their count
    (0 unless `count`: counting every match costs more than a page of them)."""
    terms = words(data.get("query", ""))
    if not terms:
        return [], 0
    where, params = where_clause(data.get("filters"))
    threshold = data.get("score_threshold") or None
    cond = "chunks_fts MATCH ? AND c.dataset_id = ? AND (" + where + ") AND (" + extra[0] + ")"
    args: tuple[object, ...] = (_match(terms, prefix), ctx.dataset(), *params, *extra[1])
    if threshold is not None:
        cond += " AND -bm25(chunks_fts) >= ?"
        args = (*args, threshold)
    # CROSS JOIN keeps the index first: left to itself, SQLite's planner counts by scanning
    # the dataset's chunks and probing the index for each (seconds over 100,000 chunks).
    base = f"FROM chunks_fts CROSS JOIN chunks c ON c.seq = chunks_fts.rowid WHERE {cond}"
    rows = ctx.store.sql(
        f"SELECT {', '.join('c.' + col.strip() for col in CHUNK_COLUMNS.split(','))}, "
        f"-bm25(chunks_fts) AS score {base} ORDER BY bm25(chunks_fts), c.seq LIMIT ? OFFSET ?",
        (*args, -1 if limit is None else limit, offset),
    )
    total = ctx.store.sql(f"SELECT COUNT(*) {base}", args)[0][0] if count else 0
    return [(row[:-1], float(row[-1])) for row in rows], total


def highlight(text: str | None, terms: list[str], options: dict[str, Any]) -> list[str]:
    """Splits of the text (at the delimiters, default ? , . !) holding a query word, at most
    `highlight_max_num` (3) of at most `highlight_max_length` (8) words, the words wrapped in
    the pre/post tags (`<mark><b>`, `</b></mark>`), as HighlightOptions documents."""
    delimiters = options.get("highlight_delimiters") or ["?", ",", ".", "!"]
    pattern = "|".join(re.escape(d) for d in delimiters if d)
    splits = re.split(pattern, text or "") if pattern else [text or ""]
    pre = options.get("highlight_pre_tag") or "<mark><b>"
    post = options.get("highlight_post_tag") or "</b></mark>"
    most = options.get("highlight_max_num")
    longest = options.get("highlight_max_length")
    found: list[str] = []
    wanted = set(terms)
    for split in splits:
        tokens = split.split()[: 8 if longest is None else longest]
        if any(word.lower() in wanted for word in _WORD.findall(" ".join(tokens))):
            found.append(
                " ".join(
                    f"{pre}{token}{post}" if token.strip(".,!?;:").lower() in wanted else token
                    for token in tokens
                )
            )
        if len(found) >= (3 if most is None else most):
            break
    return found


def shape_chunk(row: tuple[Any, ...], data: dict[str, Any], version: str) -> dict[str, Any]:
    chunk = chunk_v2(row) if version == "V2" else chunk_v1(row)
    if data.get("content_only"):
        return content_only(chunk)
    if data.get("slim_chunks"):
        return slim(chunk)
    return chunk


def _highlights(row: tuple[Any, ...], data: dict[str, Any]) -> list[str] | None:
    options = data.get("highlight_options") or {}
    if options.get("highlight_results") is False:
        return None
    return highlight(row[3], words(data.get("query", "")), options)


def scored(found: list[Scored], data: dict[str, Any], version: str) -> list[dict[str, Any]]:
    """ScoreChunk (V2) or ScoreChunkDTO (V1) items."""
    if version == "V2":
        return [
            {
                "chunk": shape_chunk(row, data, version),
                "highlights": _highlights(row, data),
                "score": score,
            }
            for row, score in found
        ]
    return [
        {
            "metadata": [shape_chunk(row, data, version)],
            "highlights": _highlights(row, data),
            "score": score,
        }
        for row, score in found
    ]


def answer(found: list[Scored], data: dict[str, Any], version: str, pages: int) -> dict[str, Any]:
    """SearchResponseBody (V2, with a fresh search id) or SearchChunkQueryResponseBody (V1)."""
    if version == "V2":
        return {
            "id": str(uuid.uuid4()),
            "chunks": scored(found, data, version),
            "total_pages": pages,
            "corrected_query": None,
        }
    return {
        "score_chunks": scored(found, data, version),
        "total_chunk_pages": pages,
        "corrected_query": None,
    }


def paging(data: dict[str, Any]) -> tuple[int, int]:
    """(page size, offset): page 0 counts as 1 (`retrieve_qdrant_points_query`), 10 a page."""
    page = data.get("page") or 1
    size = 10 if data.get("page_size") is None else data["page_size"]
    return size, (page - 1) * size


def search_chunks(ctx: Ctx) -> tuple[int, object]:
    ctx.user()
    data = ctx.json()
    size, offset = paging(data)
    # total pages are counted only on request (get_total_pages), else 0, as on the server.
    wanted = bool(data.get("get_total_pages"))
    found, total = rank(ctx, data, limit=size, offset=offset, count=wanted)
    pages = page_count(total, size) if wanted else 0
    return 200, answer(found, data, api_version(ctx), pages)


def autocomplete(ctx: Ctx) -> tuple[int, object]:
    """The last word matches as a prefix; `extend_results` is the same local ranking."""
    ctx.user()
    data = ctx.json()
    size = 10 if data.get("page_size") is None else data["page_size"]
    found, _ = rank(ctx, data, prefix=True, limit=size, count=False)
    return 200, answer(found, data, api_version(ctx), 0)


def count_chunks(ctx: Ctx) -> tuple[int, object]:
    """The chunks the query and filters match, at most `limit`."""
    ctx.user()
    data = ctx.json()
    _, total = rank(ctx, data, limit=0)
    limit = data.get("limit")
    return 200, {"count": total if limit is None else min(total, limit)}


ROUTES: RouteTable = (
    ("POST", "/api/chunk/search", search_chunks),
    ("POST", "/api/chunk/autocomplete", autocomplete),
    ("POST", "/api/chunk/count", count_chunks),
)
