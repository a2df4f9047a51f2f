"""Redirects that neither repeat a write nor carry a credential to another origin.

urllib3 sends each hop with its own redirect following off, and the SDK follows the redirects
here, spending them from the request's retry policy as urllib3 does (``Retry.increment``: the
redirect budget, the history, ``raise_on_redirect``), so that every method follows the same
rules:

- every header of a request except the few below leaves it on a redirect to another origin
  (host, port or scheme, so https to http too), whatever its name: a credential may travel in
  any header (``_request_auth``, ``_headers``);
- a POST answered by 301, 302 or 303 is followed as a GET without a body, as browsers,
  requests and httpx do; only 307 and 308 ask for the same method and body again. Any other
  method keeps its method and body but on a 303, as urllib3 has it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import urljoin

from urllib3 import BaseHTTPResponse
from urllib3.exceptions import HTTPError, LocationParseError, MaxRetryError
from urllib3.util import Retry, parse_url

SAFE_ON_REDIRECT = frozenset(
    {"accept", "accept-encoding", "content-type", "content-length", "user-agent"}
)
# What describes a body, and goes with it when a redirect turns the request into a GET; the
# headers urllib3 drops then.
_BODY_HEADERS = frozenset(
    {
        "content-encoding",
        "content-language",
        "content-location",
        "content-type",
        "content-length",
        "digest",
        "last-modified",
    }
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# The statuses that turn a POST into a GET; any method becomes a GET on a 303.
_POST_TO_GET = frozenset({301, 302, 303})

# (method, url, body, headers, policy) -> response: one urlopen with the call's settings and
# urllib3's following off.
Send = Callable[[str, str, "bytes | str | None", Mapping[str, str], Retry], BaseHTTPResponse]

# Set on an error raised once a request was answered with a redirect: the hop that failed,
# (method, url). The server may then have acted on the request, whatever the error says of the
# later hop.
AFTER_ANSWER = "trieve_after_answer"


def policy_for(policy: Retry, headers: Mapping[str, str] | None) -> Retry:
    """``policy``, made to drop every header of this request but the safe ones on a redirect
    to another origin."""
    if not headers:
        return policy
    dropped = policy.remove_headers_on_redirect
    extra = {name.lower() for name in headers} - SAFE_ON_REDIRECT - dropped
    return policy.new(remove_headers_on_redirect=dropped | extra) if extra else policy


def follow_redirects(
    send: Send,
    response: BaseHTTPResponse,
    method: str,
    url: str,
    body: bytes | str | None,
    headers: Mapping[str, str],
) -> BaseHTTPResponse:
    """Follow the redirects that answered a request; ``response`` is the first answer, and
    its ``retries`` the policy the request was sent with, as urllib3 left it."""
    while True:
        location = response.get_redirect_location()
        retries = response.retries
        if not location or retries is None:
            return response
        try:
            try:
                retries = retries.increment(method, url, response=response)
            except MaxRetryError:
                # A policy that does not raise on redirects hands the last answer back.
                if not retries.raise_on_redirect:
                    return response
                response.drain_conn()
                raise
            # Before the Location is read: one that cannot be followed must not keep the
            # connection. No wait follows, as none does in urllib3's pool manager.
            response.drain_conn()
            target = _joined(url, location)
            if origin_of(target) != origin_of(url):
                headers = _without(headers, retries.remove_headers_on_redirect)
            if response.status == 303 or (method == "POST" and response.status in _POST_TO_GET):
                method, body = "GET", None
                headers = _without(headers, _BODY_HEADERS)
            url = target
            response = send(method, url, body, headers, retries)
        except (HTTPError, ValueError) as exc:
            setattr(exc, AFTER_ANSWER, (method, url))
            raise


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
