"""The retry policy: urllib3's ``Retry``, which the send loop (``_send``) asks what to repeat.

The SDK's own policy (``Configuration.retries`` as a count):

- connection failures before the request was sent: every method (urllib3's ``connect`` rule);
- 429 and 503, where the server did not act: every method, honouring ``Retry-After``;
- 500, 502, 504, the gateway statuses that say the origin got the request (520, 522, 524) and
  read errors (timeouts, broken responses): idempotent methods only, so a POST that may have
  reached the server is never sent twice;
- a wait of 0.5 s before the first retry, doubling up to 8 s, with jitter.

Every failure, of any kind, takes one retry from a single budget. A ``Retry`` of the user's own
is used as given. Per operation, ``policy_for`` adjusts either: a POST of an operation that only
reads is retried as a GET is, and a PUT or DELETE that writes again as a POST is.
"""

from __future__ import annotations

import functools
import random
from typing import Any

from urllib3.util import Retry

from trieve_py_client._outcome import IDEMPOTENT_METHODS
from trieve_py_client.exceptions import OUTCOME_UNKNOWN_STATUSES

# The server did not act on these: any method may be sent again.
NOT_ACTED_STATUSES = frozenset({429, 503})
BACKOFF_FIRST = 0.5
BACKOFF_MAX = 8.0
MAX_REDIRECTS = 5


class RetryPolicy(Retry):
    """``Retry`` whose status rule depends on whether the server may have acted, and whose
    backoff starts at the first retry, with jitter."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("backoff_factor", BACKOFF_FIRST)
        kwargs.setdefault("backoff_max", BACKOFF_MAX)
        super().__init__(**kwargs)

    def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
        if status_code in NOT_ACTED_STATUSES:
            return True
        return status_code in OUTCOME_UNKNOWN_STATUSES and super().is_retry(method, status_code)

    def get_backoff_time(self) -> float:
        # urllib3 waits nothing before the first retry; this policy waits 0.5 s, then doubles.
        # Jitter of up to a quarter spreads out clients that failed together.
        errors = 0
        for attempt in reversed(self.history):
            if attempt.redirect_location is not None:
                break
            errors += 1
        if errors == 0:
            return 0.0
        delay: float = min(self.backoff_max, self.backoff_factor * 2 ** (errors - 1))
        return min(self.backoff_max, delay * (1 + random.random() / 4))


def build_policy(retries: int | bool | Retry) -> Retry:
    """The policy for ``Configuration.retries``: a count, ``False``/0 for none, or a ``Retry``."""
    if isinstance(retries, Retry):
        return retries
    return RetryPolicy(
        total=int(retries),
        other=0,
        redirect=MAX_REDIRECTS,
        allowed_methods=IDEMPOTENT_METHODS,
        status_forcelist=NOT_ACTED_STATUSES | OUTCOME_UNKNOWN_STATUSES,
        respect_retry_after_header=True,
    )


@functools.lru_cache(maxsize=64)
def policy_for(policy: Retry, read_only: bool, method: str, not_idempotent: bool) -> Retry:
    """``policy`` for one operation, by the spec's marks:

    - one that only reads (``read_only``): its POST is retried wherever the policy retries a
      GET; a policy that never retries a GET never retries a read;
    - a PUT or DELETE that writes again when repeated (``not_idempotent``): retried wherever the
      policy retries a POST, so once sent, by default never. A connection failure, before
      anything was sent, is retried still (urllib3's ``connect``).

    The budget, the waits and every other rule stay the policy's own.
    """
    allowed = policy.allowed_methods
    if allowed is None:  # every method is retried already
        return policy
    if read_only and method == "POST" and "GET" in allowed and "POST" not in allowed:
        return policy.new(allowed_methods=frozenset(allowed) | {"POST"})
    if not_idempotent and ("POST" in allowed) != (method in allowed):
        changed = frozenset(allowed) - {method}
        return policy.new(allowed_methods=changed | {method} if "POST" in allowed else changed)
    return policy
