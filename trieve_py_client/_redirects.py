"""Redirects that neither repeat a write nor carry a credential to another origin.

urllib3 follows redirects and, on one to another origin (host, port or scheme, so https to
http too), drops the headers its policy names. Two rules are added on top:

- every header of a request except the few below leaves it on a redirect to another origin,
  whatever its name: a credential may travel in any header (``_request_auth``, ``_headers``);
- a POST answered by 301, 302 or 303 is followed as a GET without a body, as browsers,
  requests and httpx do; only 307 and 308 ask for the same method and body again. urllib3
  turns only a 303 into a GET, so the SDK follows a POST's redirects itself, below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import urljoin

from urllib3 import BaseHTTPResponse
from urllib3.exceptions import HTTPError, LocationParseError, MaxRetryError, ResponseError
from urllib3.util import Retry, parse_url

SAFE_ON_REDIRECT = frozenset(
    {"accept", "accept-encoding", "content-type", "content-length", "user-agent"}
)
_BODY_HEADERS = frozenset({"content-type", "content-length"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_KEEP_METHOD = frozenset({307, 308})
DEFAULT_REDIRECTS = 5

# (method, url, body, headers, policy) -> response: one urlopen with the call's settings; urllib3
# follows the redirects of any method but POST.
Send = Callable[[str, str, "bytes | str | None", Mapping[str, str], Retry], BaseHTTPResponse]

# Set on an error raised after the POST was answered: the hop that failed, (method, url). The
# server may then have acted on the POST, whatever the error says of the later hop.
AFTER_ANSWER = "trieve_after_answer"


def policy_for(policy: Retry, headers: Mapping[str, str] | None) -> Retry:
    """``policy``, made to drop every header of this request but the safe ones on a redirect
    to another origin."""
    if not headers:
        return policy
    dropped = policy.remove_headers_on_redirect
    extra = {name.lower() for name in headers} - SAFE_ON_REDIRECT - dropped
    return policy.new(remove_headers_on_redirect=dropped | extra) if extra else policy


def follow_post(
    send: Send,
    response: BaseHTTPResponse,
    url: str,
    body: bytes | str | None,
    headers: Mapping[str, str],
    policy: Retry,
) -> BaseHTTPResponse:
    """Follow the redirects that answered a POST sent with urllib3's own following off."""
    if policy.redirect is False:  # redirects returned as they are, as urllib3 does
        return response
    budget = policy.redirect if isinstance(policy.redirect, int) else DEFAULT_REDIRECTS
    method = "POST"
    while True:
        location = response.get_redirect_location()
        if not location:
            return response
        try:
            if budget <= 0:
                raise MaxRetryError(None, url, ResponseError("too many redirects"))  # type: ignore[arg-type]
            budget -= 1
            response.drain_conn()
            target = _joined(url, location)
            if origin_of(target) != origin_of(url):
                headers = _without(headers, policy.remove_headers_on_redirect)
            if response.status not in _KEEP_METHOD:
                method, body = "GET", None
                headers = _without(headers, _BODY_HEADERS)
            url = target
            # The GET's own redirects spend what is left of the same budget.
            response = send(method, url, body, headers, policy.new(redirect=budget))
        except (HTTPError, ValueError) as exc:
            setattr(exc, AFTER_ANSWER, (method, url))
            raise
        if method != "POST":
            return response


def _joined(url: str, location: str) -> str:
    try:
        target = urljoin(url, location)
        origin_of(target)
    except ValueError as exc:  # LocationParseError is one too
        raise LocationParseError(f"redirect to an invalid location {location!r}") from exc
    return target


def origin_of(url: str) -> tuple[str | None, str | None, int | None]:
    """(scheme, host in lower case, port with the scheme's default filled in)."""
    parsed = parse_url(url)
    default = 443 if parsed.scheme == "https" else 80
    return parsed.scheme, (parsed.host or "").lower(), parsed.port or default


def _without(headers: Mapping[str, str], names: frozenset[str] | set[str]) -> dict[str, str]:
    return {name: value for name, value in headers.items() if name.lower() not in names}
