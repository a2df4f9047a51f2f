"""Decoding and checking of request bodies, strict in the ways the real server's deserializer is.

Errors read like serde's ("missing field `name`", "invalid type: boolean `true`, expected
i32"), prefixed with the field's path, so a wrong SDK payload is easy to diagnose.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass

_INT32_MIN = -(2**31)
_INT32_MAX = 2**31 - 1
_UUID_PATTERN = re.compile(
    r"(?:urn:uuid:)?(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[0-9a-f]{32})",
    re.IGNORECASE | re.ASCII,
)
_QUOTE_LIMIT = 40


class BodyError(ValueError):
    """A request body the server refuses; `detail` follows "Json Deserialization Error: "."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class ApiKeyRequest:
    """A checked SetUserApiKeyRequest."""

    name: str
    role: int
    dataset_ids: list[str] | None
    organization_ids: list[str] | None
    scopes: list[str] | None


@dataclass(frozen=True)
class UpdateRoleRequest:
    """A checked UpdateUserOrgRoleData."""

    organization_id: str
    role: int
    user_id: str | None


class _Object(dict[str, object]):
    """A decoded JSON object that remembers which keys it saw more than once."""

    duplicates: frozenset[str] = frozenset()


def _object_hook(pairs: list[tuple[str, object]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated: set[str] = set()
        for key, _ in pairs:
            (repeated if key in seen else seen).add(key)
        obj.duplicates = frozenset(repeated)
    return obj


def _reject_constant(name: str) -> object:
    # Python's json accepts NaN and Infinity; JSON (and the real server) does not.
    raise ValueError(f"invalid number `{name}`")


def canonical_uuid(text: str) -> str | None:
    """The lowercase hyphenated form of a UUID string, or None when it is not one."""
    if _UUID_PATTERN.fullmatch(text) is None:
        return None
    return str(uuid.UUID(text))


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean `{'true' if value else 'false'}`"
    if isinstance(value, int):
        return f"integer `{value}`"
    if isinstance(value, float):
        return f"floating point `{value!r}`"
    if isinstance(value, str):
        shown = value if len(value) <= _QUOTE_LIMIT else value[:_QUOTE_LIMIT] + "..."
        return f"string {json.dumps(shown)}"
    if isinstance(value, list):
        return "sequence"
    return "map"


def _wrong(where: str, value: object, expected: str) -> BodyError:
    return BodyError(f"{where}: invalid type: {_describe(value)}, expected {expected}")


def _decode_object(body: bytes, content_type: str | None, struct: str) -> _Object:
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise BodyError("Content type error")
    try:
        text = body.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_object_hook, parse_constant=_reject_constant)
        # A lone surrogate escape ("\ud800") decodes in Python but is invalid JSON text.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError) as exc:
        raise BodyError(f"invalid unicode: {exc.reason}") from None
    except (ValueError, RecursionError) as exc:
        raise BodyError(str(exc) or type(exc).__name__) from None
    if not isinstance(value, _Object):
        raise BodyError(f"invalid type: {_describe(value)}, expected struct {struct}")
    return value


def _present(obj: _Object, field: str) -> object:
    if field not in obj:
        raise BodyError(f"missing field `{field}`")
    if field in obj.duplicates:
        raise BodyError(f"duplicate field `{field}`")
    return obj[field]


def _optional(obj: _Object, field: str) -> object:
    return _present(obj, field) if field in obj else None


def _string(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _wrong(where, value, "a string")
    return value


def _int32(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong(where, value, "i32")
    if not _INT32_MIN <= value <= _INT32_MAX:
        raise BodyError(f"{where}: invalid value: integer `{value}`, expected i32")
    return value


def _uuid(value: object, where: str) -> str:
    text = _string(value, where)
    canonical = canonical_uuid(text)
    if canonical is None:
        raise BodyError(f"{where}: invalid value: {_describe(text)}, expected a UUID")
    return canonical


def _list(value: object, where: str, item_uuid: bool) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise _wrong(where, value, "a sequence")
    check = _uuid if item_uuid else _string
    return [check(item, f"{where}[{index}]") for index, item in enumerate(value)]


def decode_api_key_request(body: bytes, content_type: str | None) -> ApiKeyRequest:
    """Check a SetUserApiKeyRequest body; raise BodyError when it is not one."""
    obj = _decode_object(body, content_type, "SetUserApiKeyRequest")
    return ApiKeyRequest(
        name=_string(_present(obj, "name"), "name"),
        role=_int32(_present(obj, "role"), "role"),
        dataset_ids=_list(_optional(obj, "dataset_ids"), "dataset_ids", item_uuid=True),
        organization_ids=_list(
            _optional(obj, "organization_ids"), "organization_ids", item_uuid=True
        ),
        scopes=_list(_optional(obj, "scopes"), "scopes", item_uuid=False),
    )


def decode_update_request(body: bytes, content_type: str | None) -> UpdateRoleRequest:
    """Check an UpdateUserOrgRoleData body; raise BodyError when it is not one."""
    obj = _decode_object(body, content_type, "UpdateUserOrgRoleData")
    user_id = _optional(obj, "user_id")
    return UpdateRoleRequest(
        organization_id=_uuid(_present(obj, "organization_id"), "organization_id"),
        role=_int32(_present(obj, "role"), "role"),
        user_id=None if user_id is None else _uuid(user_id, "user_id"),
    )
