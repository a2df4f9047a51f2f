"""The retry policy: urllib3's ``Retry`` with the rules that keep a write from being repeated.

- Connection failures before the request was sent: every method (urllib3's ``connect`` rule).
- 429 and 503, where the server did not act: every method, honouring ``Retry-After``.
- 500, 502, 504, the gateway statuses that say the origin got the request (520, 522, 524) and
  read errors (timeouts, broken responses): idempotent methods only, so a POST that may have
  reached the server is never sent twice; a POST of an operation that only reads
  (``read_only_policy``) is retried as a GET is, and a PUT or DELETE that writes again
  (``write_policy``) as a POST is.

Every failure, of any kind, takes one retry from a single budget; redirects do not. Each retry
is logged at INFO with its reason and its wait, and the exception a request ends in counts the
attempts made (``attempts_of``).
"""

from __future__ import annotations

import logging
import random
from types import TracebackType
from typing import Any

from typing_extensions import Self
from urllib3.connectionpool import ConnectionPool
from urllib3.exceptions import InvalidHeader
from urllib3.response import BaseHTTPResponse
from urllib3.util import Retry

from trieve_py_client._redaction import SENSITIVE_HEADERS, redact_url

_log = logging.getLogger("trieve_py_client")
# Set on the exception a retry policy gives up with: the attempts made, that one included.
_ATTEMPTS = "trieve_attempts"

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
NOT_ACTED_STATUSES = frozenset({429, 503})
# exceptions.OUTCOME_UNKNOWN_STATUSES: the server may have acted, so only what is safe to repeat.
IDEMPOTENT_RETRY_STATUSES = frozenset({500, 502, 504, 520, 522, 524})
BACKOFF_FIRST = 0.5
BACKOFF_MAX = 8.0
RETRY_AFTER_MAX = 60.0
MAX_REDIRECTS = 5


class RetryPolicy(Retry):
    """``Retry`` whose status rule depends on whether the server may have acted."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("backoff_factor", BACKOFF_FIRST)
        kwargs.setdefault("backoff_max", BACKOFF_MAX)
        super().__init__(**kwargs)
        # Drawn once for this state of the policy (urllib3 makes a new one per attempt), so
        # that the wait logged is the wait urllib3 then sleeps. Jitter of up to a quarter
        # spreads out clients that failed together.
        self._jitter = 1 + random.random() / 4

    def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
        if status_code in NOT_ACTED_STATUSES:
            return True
        return status_code in IDEMPOTENT_RETRY_STATUSES and self._is_method_retryable(method)

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> Self:
        following = error is None and response is not None and response.get_redirect_location()
        # A redirect is no failure: it spends the redirect budget, not the retries.
        spent = self.new(total=self.total + 1) if following and self.total is not None else self
        try:
            return super(RetryPolicy, spent).increment(
                method, url, response, error, _pool, _stacktrace
            )
        except Exception as exc:
            setattr(exc, _ATTEMPTS, failures(self.history) + 1)
            raise

    def sleep(self, response: BaseHTTPResponse | None = None) -> None:
        last = self.history[-1]
        respected = response is not None and self.respect_retry_after_header
        wait = self.get_retry_after(response) if respected and response is not None else None
        if not wait:  # urllib3 sleeps the backoff for a Retry-After of 0 too
            wait = self.get_backoff_time()
        reason = f"status {last.status}" if last.error is None else type(last.error).__name__
        done = failures(self.history)
        _log.info(
            "retrying %s %s after %s, in %.2f s (retry %d of %d)",
            last.method,
            redact_url(last.url or ""),
            reason,
            wait,
            done,
            done + (self.total or 0),
        )
        super().sleep(response)

    def get_backoff_time(self) -> float:
        # urllib3 waits nothing before the first retry; the policy waits 0.5 s, then doubles.
        errors = 0
        for attempt in reversed(self.history):
            if attempt.redirect_location is not None:
                break
            errors += 1
        if errors == 0:
            return 0.0
        delay: float = min(self.backoff_max, self.backoff_factor * 2 ** (errors - 1))
        return min(self.backoff_max, delay * self._jitter)

    def get_retry_after(self, response: BaseHTTPResponse) -> float | None:
        try:
            seconds = super().get_retry_after(response)
        except InvalidHeader:
            return None  # a malformed header gets the usual backoff, not a transport error
        return None if seconds is None else min(seconds, RETRY_AFTER_MAX)


def failures(history: tuple[Any, ...]) -> int:
    """The failed attempts in a ``Retry.history``; redirects are not failures."""
    return sum(1 for attempt in history if attempt.redirect_location is None)


def attempts_of(error: BaseException | None, response: BaseHTTPResponse | None = None) -> int:
    """How many attempts a request made: counted by the policy on the error it gave up with,
    or from the history of the response it ended with; 1 where nothing was retried."""
    counted = getattr(error, _ATTEMPTS, None)
    if isinstance(counted, int):
        return counted
    retries = getattr(response, "retries", None)
    return failures(retries.history) + 1 if isinstance(retries, Retry) else 1


def read_only_policy(policy: Retry) -> Retry:
    """``policy`` for an operation that only reads: its POST is retried wherever the policy
    retries a GET. The budget, the waits and every other rule stay the policy's own."""
    allowed = policy.allowed_methods
    if allowed is None or "POST" in allowed or "GET" not in allowed:
        # None retries every method already; a policy that never retries a GET, whoever
        # configured it so, never retries a read.
        return policy
    return policy.new(allowed_methods=frozenset(allowed) | {"POST"})


def write_policy(policy: Retry, method: str) -> Retry:
    """``policy`` for an operation whose ``method`` (a PUT, a DELETE) writes again when repeated:
    it is retried wherever the policy retries a POST, so once sent, by default never. A
    connection failure, before anything was sent, is retried still (urllib3's ``connect``)."""
    allowed = policy.allowed_methods
    if allowed is None or ("POST" in allowed) == (method in allowed):
        return policy
    changed = frozenset(allowed) | {method} if "POST" in allowed else frozenset(allowed) - {method}
    return policy.new(allowed_methods=changed)


def build_policy(retries: int | bool | Retry) -> Retry:
    """The policy for ``Configuration.retries``: a count, ``False``/0 for none, or a ``Retry``."""
    if isinstance(retries, Retry):
        # Yours, but an exhausted status retry must still end in its status exception, and a
        # redirect must still not carry the key to another host.
        return retries.new(
            raise_on_status=False,
            remove_headers_on_redirect=retries.remove_headers_on_redirect | SENSITIVE_HEADERS,
        )
    return RetryPolicy(
        total=int(retries),
        other=0,
        redirect=MAX_REDIRECTS,
        allowed_methods=IDEMPOTENT_METHODS,
        status_forcelist=NOT_ACTED_STATUSES | IDEMPOTENT_RETRY_STATUSES,
        raise_on_status=False,
        respect_retry_after_header=True,
        remove_headers_on_redirect=SENSITIVE_HEADERS,
    )
