"""Streamed answers: the raw text stream of a RAG operation, read as it arrives.

Trieve streams these answers with no framing at all (server/src/operators/message_operator.rs,
`stream_response`; server/src/handlers/chunk_handler.rs, `generate_off_chunks`): a message
sends the JSON array of the chunks it used, ``||``, then the completion's text; with
``llm_options.completion_first`` the text, ``||``, then the array. The array never holds
``||`` (the server removes it), the text may. Which operations stream, and how, is the spec's
``x-stream`` (spec/corrections.json); the generated ``x_stream`` methods open a
``StreamedAnswer`` over the unread response of ``ApiClient.send``, read with its public
``read1`` (which raises the SDK's exceptions) and parsed here.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from trieve_py_client.api_client import ApiClient, Operation
from trieve_py_client.exceptions import ApiException, ApiValueError
from trieve_py_client.rest import RESTResponse

_SEPARATOR = b"||"
_NO_RESULTS = b"[]||"  # what a message with no chunks begins with, completion_first or not
_READ_SIZE = 8192


@dataclass(frozen=True)
class StreamFormat:
    """An operation's ``x-stream``: the body field that turns streaming off when false
    (``switch``), the one that puts the text first (``text_first``), and the model of the
    citations that come with the text (``citations``), all None for a stream of text only."""

    switch: str
    text_first: str | None = None
    citations: Callable[[], Any] | None = None


def _field(body: Any, dotted: str) -> Any:
    """The value at ``a.b`` of a model or dict, None where any part is missing."""
    for name in dotted.split("."):
        body = body.get(name) if isinstance(body, dict) else getattr(body, name, None)
        if body is None:
            return None
    return body


class _Splitter:
    """Turns the stream's bytes, however they are cut, into text deltas and the citations'
    JSON. Bytes that may still be a separator are held back until the next read says."""

    def __init__(self, citations: bool, text_first: bool) -> None:
        self.json: bytes | None = None if citations else b""
        self.text_first = citations and text_first
        self._head = not self.text_first  # the no-results form was ruled out, or is moot
        self._held = bytearray()
        self._decoder = codecs.getincrementaldecoder("utf-8")()

    def feed(self, data: bytes) -> str:
        self._held += data
        if not self._head:
            # completion_first still sends `[]||` first when no chunk was found.
            if len(self._held) < len(_NO_RESULTS) and _NO_RESULTS.startswith(self._held):
                return ""
            self._head = True
            if self._held.startswith(_NO_RESULTS):
                self.text_first = False
        if self.json is None and not self.text_first:  # chunks first: the first `||` ends it
            end = self._held.find(_SEPARATOR)
            if end < 0:
                return ""
            self.json = bytes(self._held[:end])
            del self._held[: end + len(_SEPARATOR)]
        if not self.text_first:
            whole, self._held = bytes(self._held), bytearray()
            return self._decoder.decode(whole)
        # Text first: only the last `||` can end the text; a lone `|` at the end may start one.
        last = self._held.rfind(_SEPARATOR)
        keep = last if last >= 0 else len(self._held) - self._held.endswith(b"|")
        text = bytes(self._held[:keep])
        del self._held[:keep]
        return self._decoder.decode(text)

    def finish(self) -> tuple[str, str | None]:
        """The text left at the end of the stream, and what is wrong with the stream if
        anything is."""
        problem = None
        if self.json is None and not self.text_first:
            problem = "the stream ended before the end of its citations"
        elif self.text_first:
            tail = bytes(self._held)
            if tail.startswith(_SEPARATOR) and _is_array(tail[len(_SEPARATOR) :]):
                self.json, self._held = tail[len(_SEPARATOR) :], bytearray()
            else:
                self.json = None
                problem = "the stream ended without its citations"
        try:
            text = self._decoder.decode(bytes(self._held), final=True)
        except UnicodeDecodeError:
            text, problem = "", problem or "the stream ended inside a UTF-8 character"
        self._held = bytearray()
        return text, problem


def _is_array(data: bytes) -> bool:
    try:
        return isinstance(json.loads(data), list)
    except ValueError:
        return False


class StreamedAnswer:
    """A streamed answer: iterate it for the text as it arrives; use it as a context manager,
    so that the connection is released however the block ends.

    ``status`` and ``headers`` are the response's. ``citations`` is the list of chunk models
    once the JSON part has arrived (None before, and for a stream of text only); ``text`` is
    the text so far, the whole text once ``done``. Each read waits at most the call's read
    timeout. An error status raises its ``ApiException`` when the answer is opened; a stream
    cut short, or one that breaks the format, raises ``ApiResponseError`` or the transport's
    error while it is read, after the text that did arrive.
    """

    def __init__(self, response: RESTResponse, fmt: StreamFormat, text_first: bool) -> None:
        self.response = response
        self.status = response.status
        self.headers = response.getheaders()
        self.done = False
        self._format = fmt
        self._splitter = _Splitter(fmt.citations is not None, text_first)
        self._parts: list[str] = []
        self._citations: list[Any] | None = None
        self._problem: ApiException | None = None

    @classmethod
    def open(
        cls,
        api_client: ApiClient,
        operation: Operation,
        fmt: StreamFormat,
        body: Any,
        send: Callable[[], RESTResponse],
    ) -> StreamedAnswer:
        """Send the request with ``send`` (``ApiClient.send``, the body left unread) and return
        its answer, or raise the exception its error status calls for."""
        if _field(body, fmt.switch) is False:
            raise ApiValueError(
                f"{fmt.switch}=False asks for the whole answer at once: call "
                f"{operation.name}() for that, or leave it unset to stream"
            )
        text_first = bool(fmt.text_first and _field(body, fmt.text_first))
        response = send()
        if not 200 <= response.status <= 299:
            # Read whole (an error body is short) and raised as every other call raises it.
            try:
                api_client.response_deserialize(response, operation.response_types)
            finally:
                response.response.release_conn()
        return cls(response, fmt, text_first)

    def __enter__(self) -> StreamedAnswer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[str]:
        while not self.done:
            delta = self._next_delta()
            if delta:
                yield delta
        if self._problem is not None:
            # Raised after the text that did arrive, once.
            problem, self._problem = self._problem, None
            raise problem

    @property
    def text(self) -> str:
        """The text received so far; the whole text once ``done``."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    @property
    def citations(self) -> list[Any] | None:
        """The chunks the answer cites, as models, once their JSON has arrived."""
        raw = self._splitter.json
        if self._citations is None and raw and self._format.citations is not None:
            try:
                found = TypeAdapter(self._format.citations()).validate_json(raw)
            except ValidationError as exc:
                raise self._broken(f"the citations are not the JSON expected: {exc}") from None
            self._citations = found
        return self._citations

    def read_text(self) -> str:
        """Read the rest of the stream and return the whole text."""
        for _ in self:
            pass
        return self.text

    def close(self) -> None:
        """Stop reading: the connection, with the rest of the answer unread, is closed and
        its place in the pool released."""
        if not self.done:
            self.done = True
            self.response.response.close()
        self.response.response.release_conn()

    def _next_delta(self) -> str:
        try:
            data = self.response.read1(_READ_SIZE)
        except ApiException:
            self.close()
            raise
        if data:
            try:
                delta = self._splitter.feed(data)
            except UnicodeDecodeError:
                self.close()
                raise self._broken("the text is not valid UTF-8") from None
            self._parts.append(delta)
            return delta
        self.done = True
        self.response.response.release_conn()
        delta, problem = self._splitter.finish()
        self._parts.append(delta)
        if problem is not None:
            self._problem = self._broken(problem)
        return delta

    def _broken(self, problem: str) -> ApiException:
        # The server answered, so it acted (a message is stored as its stream ends).
        return self.response.malformed(f"the stream is broken: {problem}")
