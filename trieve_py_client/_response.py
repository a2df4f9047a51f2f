"""The answer as the send loop hands it over: its status and headers at once, its body read on
demand (whole, or piece by piece for a stream), every failure to read it an SDK exception."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import urllib3
from urllib3.exceptions import HTTPError

from trieve_py_client._outcome import decide_outcome
from trieve_py_client._redaction import redact_text, redact_url
from trieve_py_client._transport_errors import reached_server, translate_error
from trieve_py_client.exceptions import ApiException, ApiResponseError

if TYPE_CHECKING:
    from trieve_py_client._send import Request


class RESTResponse:
    """A response whose body is read on demand; ``response`` is the urllib3 response."""

    __slots__ = ("_pieces", "attempts", "data", "reason", "request", "response", "status")

    def __init__(
        self, resp: urllib3.BaseHTTPResponse, request: Request | None = None, attempts: int = 1
    ) -> None:
        self.response = resp
        self.status = resp.status
        self.reason = resp.reason
        self.data: bytes | None = None
        self.request = request
        # How many attempts this response took, retries included.
        self.attempts = attempts
        self._pieces: Iterator[bytes] | None = None

    @property
    def method(self) -> str:
        """The method of the request this answers, as first sent."""
        return self.request.method if self.request is not None else ""

    @property
    def url(self) -> str:
        """The URL of the request this answers, as first sent."""
        return self.request.url if self.request is not None else ""

    def read(self) -> bytes:
        """Read the whole body once; later calls return the same bytes."""
        if self.data is None:
            self._check_encoding()
            try:
                self.data = self.response.data
            except HTTPError as exc:
                raise self._broken(exc) from exc
        return self.data

    def read1(self, amt: int) -> bytes:
        """Up to ``amt`` bytes of the body as they arrive (``b""`` at its end), for a body read
        as it comes; each wait is bounded by the read timeout, and a failure raises as
        ``read``'s does."""
        self._check_encoding()
        try:
            if hasattr(self.response, "read1"):
                return self.response.read1(amt, decode_content=False)
            # urllib3 before 2.3 has no read1: a chunked body (Trieve streams so) is read chunk
            # by chunk as each arrives; another one fills `amt` bytes before it is handed on.
            if not getattr(self.response, "chunked", False):
                return self.response.read(amt, decode_content=False)
            if self._pieces is None:
                self._pieces = self.response.read_chunked(amt, decode_content=False)
            return next(self._pieces, b"")
        except HTTPError as exc:
            raise self._broken(exc) from exc

    def _check_encoding(self) -> None:
        encoding = self.response.headers.get("content-encoding")
        if encoding and encoding.strip().lower() != "identity":
            raise self._refused_encoding(encoding)

    def _broken(self, exc: HTTPError) -> ApiException:
        error = translate_error(exc, self.method, self.url, self.attempts)
        return self._settled(error, reached_server(exc))

    def _refused_encoding(self, encoding: str) -> ApiException:
        # urllib3 would decode gzip, deflate (and br, zstd) without a bound: a 1 MB answer
        # may become 1 GiB. The client asked for identity (http.client's default), so an
        # encoded body is a proxy's or a server's fault, and it is not read at all.
        self.response.drain_conn()
        error = ApiResponseError(
            status=self.status,
            reason=f"{self.method} {redact_url(self.url)}: the response body is encoded with "
            f"{redact_text(encoding[:64])!r}, which the client did not ask for (it accepts "
            "identity only); it is refused rather than decoded without a bound",
        )
        error.headers = self.response.headers
        error.attempts = self.attempts
        # The server answered, and so acted, but what it said is lost.
        return self._settled(error, True)

    def malformed(self, problem: str) -> ApiException:
        """The exception for a body that came but is not what the operation returns (the
        caller raises it): an ``ApiResponseError`` naming the request and ``problem``. The
        server answered, and so may have acted, but what it said is lost."""
        error = ApiResponseError(
            status=self.status,
            reason=f"{self.method} {redact_url(self.url)}: {problem}",
            http_resp=self,
        )
        return self._settled(error, True)

    @property
    def only_reads(self) -> bool:
        """Whether the request this answers only reads: its failures changed nothing."""
        return self.request.only_reads if self.request is not None else False

    def _settled(self, error: ApiException, after_sending: bool) -> ApiException:
        return decide_outcome(error, reads=self.only_reads, after_sending=after_sending)

    def getheaders(self) -> urllib3.HTTPHeaderDict:
        """The response headers."""
        return self.response.headers

    def getheader(self, name: str, default: str | None = None) -> str | None:
        """One response header, or ``default``."""
        return self.response.headers.get(name, default)
