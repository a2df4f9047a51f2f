"""Reading ``Retry-After``: the one parser of the header, for the send loop's waits and
``TooManyRequestsException.retry_after``."""

from __future__ import annotations

import datetime
import email.utils
import re
from collections.abc import Mapping

_SECONDS = re.compile(r"^\s*[0-9]{1,12}(?:\.[0-9]{1,6})?\s*$")
# A server asking for more than a day is not taken at its word.
_RETRY_AFTER_MAX = 86_400.0


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait a ``Retry-After`` header asks for (seconds or an HTTP date), at most a day;
    None for none or a malformed one."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    if _SECONDS.match(value):
        return min(float(value), _RETRY_AFTER_MAX)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # a malformed header says nothing
    if when.tzinfo is None:
        return None
    wait = (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    return min(max(0.0, wait), _RETRY_AFTER_MAX)
