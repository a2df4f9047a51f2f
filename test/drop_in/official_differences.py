"""The differences from the official trieve-py-client 0.11.8 that are deliberate, or that are
the official client's faults, each with its reason: the one list test_official_drop_in allows,
and docs/OfficialClientDifferences.md shows (a test checks that the two agree).

``key`` matches a finding's key, and ``ours`` and ``official`` its two values; ``*`` stands
for any text, and every other character for itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from official_compare import Finding


@dataclass(frozen=True)
class Allowed:
    key: str
    reason: str
    ours: str = "*"
    official: str = "*"

    def allows(self, finding: Finding) -> bool:
        return all(
            _glob(pattern).fullmatch(text)
            for pattern, text in (
                (self.key, finding.key),
                (self.ours, finding.ours),
                (self.official, finding.official),
            )
        )


def _glob(pattern: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in pattern.split("*")), re.DOTALL)


ALLOWED = (
    # -- requests ---------------------------------------------------------------------------
    Allowed(
        "wire * header user-agent",
        "Each client names itself: `trieve-py-client/<version>/python` here, "
        "`OpenAPI-Generator/0.11.8/python` there.",
    ),
    Allowed(
        "wire * body text",
        "The same JSON document, written compactly in UTF-8 here, and with `json.dumps`' "
        "spaces and `\\u` escapes there; the members of an object may come in another order "
        "(the order of the spec each client was generated from), which JSON leaves open.",
    ),
    Allowed(
        "wire * query encoding",
        "The same query values, encoded as an HTML form encodes them here (a space as `+`, "
        "`/` as `%2F`) and with `urllib.parse.quote` there (`%20`, `/` as is); a server "
        "decodes both to the same values.",
    ),
    Allowed(
        "wire * body * null only in official",
        "A nullable field the caller did not give is left out here, so the server applies its "
        "own default. The official `from_dict` sets every field it is not given to `None`, and "
        "sends each as `null`.",
    ),
    Allowed(
        "wire * header accept",
        "An operation whose success response is text (a streamed completion, metrics) asks "
        "for `text/plain` here. The official client asks for JSON, the media type of its "
        "error responses only.",
        ours="text/plain",
        official="application/json",
    ),
    Allowed(
        "wire * header content-type",
        "An optional body left out goes without a Content-Type here, as there is no content; "
        "the official client sends `Content-Type: application/json` with an empty body.",
        ours="<missing>",
        official="application/json*",
    ),
    Allowed(
        "wire * sent",
        "A latitude or longitude given as an integer: the official `GeoTypes` (an int or a "
        "float) finds that both members match, and refuses the value.",
        ours="1 requests",
        official="0 requests; *GeoTypes with oneOf schemas: float, int*",
    ),
    Allowed(
        "wire * body /filters/*/*/* only in ours",
        "A filter condition with an integer coordinate: the official `ConditionType` cannot "
        "build the `FieldCondition` (see `GeoTypes`) and takes the dict for an empty "
        '`HasIDCondition` instead, so it sends `{"ids": null, "tracking_ids": null}` '
        "in place of the condition.",
    ),
    Allowed(
        "wire * sent",
        "A batch (a list of chunks or of groups) as the body: the official client fails to "
        "serialize the list (`'list' object has no attribute 'items'`).",
        ours="1 requests",
        official="0 requests; AttributeError at sanitize_for_serialization: *",
    ),
    Allowed(
        "wire create_chunk * sent",
        "A batch of chunks with a location: the official client validates the list member of "
        "its oneOf with pydantic rather than `from_dict`, which refuses the nested `GeoTypes`.",
        ours="1 requests",
        official="0 requests; *List[ChunkReqPayload]. Details: 1 validation error for *",
    ),
    # -- public names -----------------------------------------------------------------------
    Allowed(
        "surface method * parameter _* kind",
        "The per-call options (`_request_timeout`, ...) are keyword-only: given by position, "
        "a value would silently land in the wrong option.",
        ours="KEYWORD_ONLY",
        official="POSITIONAL_OR_KEYWORD",
    ),
    Allowed(
        "surface method * parameter _* default",
        "A per-call option not given is absent, which means what the official defaults mean "
        "(`None`; `_host_index=0`, the configured host, as the API has one server).",
        ours="<none>",
    ),
    Allowed(
        "surface method *_without_preload_content returns",
        "Annotated with urllib3's base class; the object returned is a urllib3 `HTTPResponse` "
        "in both.",
        ours="BaseHTTPResponse",
        official="HTTPResponse",
    ),
    Allowed(
        "surface model * field * type",
        "A property with one allowed value (the discriminator of an inline oneOf member) is a "
        "`Literal`; the official client types it `str` and checks the value with a validator.",
        ours="Literal[*]",
        official="str",
    ),
)
