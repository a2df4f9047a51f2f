"""Whether a failed request may have changed something on the server: the one rule that sets
``outcome_unknown`` on the SDK's exceptions, for the send loop and for reading an answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trieve_py_client._transport_errors import reached_server, translate_error
from trieve_py_client.exceptions import ApiException

if TYPE_CHECKING:
    from trieve_py_client._send import Request

# The methods that only read: whatever their failure, nothing changed.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# The methods whose repetition changes nothing more than their first sending did; an operation
# marked ``x-not-idempotent`` is the exception, per operation.
IDEMPOTENT_METHODS = SAFE_METHODS | {"PUT", "DELETE"}


def decide_outcome(error: ApiException, *, reads: bool, after_sending: bool) -> ApiException:
    """``error`` with ``outcome_unknown`` set by the one rule: a request that only ``reads``
    never leaves it unknown; any other leaves it unknown when it failed after reaching the
    server (``after_sending``) or with a status that says the server may have acted (which
    ``ApiException`` itself reads from its status)."""
    error.outcome_unknown = not reads and (after_sending or error.outcome_unknown)
    return error


def transport_failure(
    error: BaseException, request: Request, method: str, url: str, attempts: int, answered: bool
) -> ApiException:
    """The SDK exception for urllib3's ``error`` on the hop ``method url`` of ``request``;
    ``answered``: an earlier hop was answered with a redirect."""
    failure = translate_error(error, method, url, attempts)
    # The server answered a write with a redirect, so it may have acted, whatever the error
    # says of a later hop; an idempotent method may be sent again all the same.
    acted = answered and (request.not_idempotent or request.method not in IDEMPOTENT_METHODS)
    after_sending = reached_server(error) or acted
    return decide_outcome(failure, reads=request.only_reads, after_sending=after_sending)
