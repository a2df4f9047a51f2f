"""The request bodies and UUIDs of the User endpoints, read as the real server reads them.

Bodies go through actix-web's JSON extractor into serde structs, so every refusal is a 400
whose message names the kind of error, serde_json's text with its position, and a hint.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from ._serde import Reader
from ._serde_errors import DATA, EOF, SYNTAX, SerdeError, data_error

_INT32_MIN = -(2**31)
_INT32_MAX = 2**31 - 1
_HEX = frozenset("0123456789abcdefABCDEF")
_GROUP_STARTS = (0, 9, 14, 19, 24)
_HYPHENATED = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_SIMPLE = re.compile(r"[0-9a-fA-F]{32}")

CONTENT_TYPE_KIND = "Content type header error"
OVERFLOW_KIND = "Other JSON payload error"
_KINDS = {
    SYNTAX: "Syntax error in JSON",
    DATA: "Data error in JSON",
    EOF: "Unexpected end of JSON input",
}
_HINTS = {
    CONTENT_TYPE_KIND: "Ensure the content type request header of the HTTP request is set as "
    "`Content-Type: application/json`.",
    "Syntax error in JSON": "Fix syntax errors in the JSON payload to adhere to JSON formatting "
    "rules.",
    "Data error in JSON": "Ensure that the data in the JSON payload is valid and consistent with "
    "the expected schema.",
    "Unexpected end of JSON input": "Ensure that the JSON payload is complete and not truncated.",
    OVERFLOW_KIND: "Inspect the JSON payload and the server's handling of JSON requests for any "
    "issues.",
}


class BodyError(ValueError):
    """A request body the server refuses; `message` is the whole text of the 400 answer."""

    def __init__(self, kind: str, detail: str) -> None:
        self.message = (
            f"Json Deserialization Error: *Type* : {kind} | *Message* : {detail} | {_HINTS[kind]}"
        )
        super().__init__(self.message)


def content_type_error() -> BodyError:
    """The answer to a body whose Content-Type is not JSON."""
    return BodyError(CONTENT_TYPE_KIND, "Content type error")


def overflow_error(length: int | None, limit: int) -> BodyError:
    """The answer to a body over the limit (actix-web says which, when the length is known)."""
    if length is None:
        return BodyError(OVERFLOW_KIND, f"JSON payload has exceeded limit ({limit} bytes).")
    detail = f"JSON payload ({length} bytes) is larger than allowed (limit: {limit} bytes)."
    return BodyError(OVERFLOW_KIND, detail)


def is_json_media_type(content_type: str | None) -> bool:
    """actix-web's check: no header counts as JSON (a middleware adds one); else */json, *+json."""
    if content_type is None:
        return True
    media = content_type.split(";", 1)[0].strip().lower()
    kind, slash, subtype = media.partition("/")
    if not (kind and slash and subtype) or "/" in subtype:
        return False
    return subtype == "json" or subtype.endswith("+json")


# --- UUIDs -------------------------------------------------------------------------------


def uuid_error(text: str) -> str | None:
    """The uuid crate's message for a string it cannot parse, or None when it is a UUID."""
    if parse_uuid(text) is not None:
        return None
    body, offset, simple = text, 0, True
    if len(text) >= 2 and text[0] == "{" and text[-1] == "}":
        body, offset, simple = text[1:-1], 1, False
    elif text.startswith("urn:uuid:"):
        body, offset, simple = text[9:], 9, False
    hyphens: list[int] = []
    byte_index = 0
    for char in body:
        if char == "-":
            hyphens.append(byte_index)
        elif char not in _HEX:
            return (
                "invalid character: expected an optional prefix of `urn:uuid:` followed by "
                f"[0-9a-fA-F-], found `{char}` at {byte_index + offset + 1}"
            )
        byte_index += len(char.encode("utf-8"))
    if not hyphens and simple:
        return f"invalid length: expected length 32 for simple format, found {len(text.encode())}"
    if len(hyphens) != 4:
        return f"invalid group count: expected 5, found {len(hyphens) + 1}"
    for group in range(4):
        if hyphens[group] != _GROUP_STARTS[group + 1] - 1:
            length = hyphens[group] - _GROUP_STARTS[group]
            expected = (8, 4, 4, 4, 12)[group]
            return f"invalid group length in group {group}: expected {expected}, found {length}"
    return f"invalid group length in group 4: expected 12, found {len(text.encode()) - 24}"


def parse_uuid(text: str) -> str | None:
    """The hyphenated lower-case form of a UUID in any form the uuid crate reads, or None."""
    inner = text
    if len(text) == 38 and text[0] == "{" and text[-1] == "}":
        inner = text[1:-1]
    elif len(text) == 45 and text.startswith("urn:uuid:"):
        inner = text[9:]
    if _HYPHENATED.fullmatch(inner) or (inner is text and _SIMPLE.fullmatch(inner)):
        return str(uuid.UUID(inner))
    return None


# --- typed reads, as serde's derived Deserialize does them -------------------------------

_Read = Callable[[Reader], object]


def _string(reader: Reader) -> object:
    byte = reader.whitespace()
    if byte is None:
        raise reader.peek_error(EOF, "EOF while parsing a value")
    if byte != ord('"'):
        raise reader.unexpected("a string")
    reader.index += 1
    return reader.string()


def _i32(reader: Reader) -> object:
    byte = reader.whitespace()
    if byte is None:
        raise reader.peek_error(EOF, "EOF while parsing a value")
    if not (byte == ord("-") or 0x30 <= byte <= 0x39):
        raise reader.unexpected("i32")
    value = reader.number()
    if isinstance(value, float):
        raise reader.unexpected_float(value, "i32")
    if not _INT32_MIN <= value <= _INT32_MAX:
        raise reader.fix(data_error(f"invalid value: integer `{value}`, expected i32"))
    return value


def _uuid(reader: Reader) -> object:
    byte = reader.whitespace()
    if byte is None:
        raise reader.peek_error(EOF, "EOF while parsing a value")
    if byte != ord('"'):
        raise reader.unexpected("a UUID string")
    reader.index += 1
    text = reader.string()
    parsed = parse_uuid(text)
    if parsed is None:
        raise reader.fix(data_error(f"UUID parsing failed: {uuid_error(text)}"))
    return parsed


def _vec(item: _Read) -> _Read:
    def read(reader: Reader) -> object:
        byte = reader.whitespace()
        if byte is None:
            raise reader.peek_error(EOF, "EOF while parsing a value")
        if byte != ord("["):
            raise reader.unexpected("a sequence")
        reader.index += 1
        items: list[object] = []
        try:
            while reader.next_element(first=not items):
                items.append(item(reader))
        except SerdeError as exc:
            reader.end_container(ord("["), ignore_errors=True)
            raise reader.fix(exc) from None
        reader.end_container(ord("["))
        return items

    return read


def _option(inner: _Read) -> _Read:
    def read(reader: Reader) -> object:
        byte = reader.whitespace()
        if byte is None:
            raise reader.peek_error(EOF, "EOF while parsing a value")
        if byte == ord("n"):
            reader.index += 1
            reader.ident(b"ull")
            return None
        return inner(reader)

    return read


@dataclass(frozen=True)
class _Struct:
    name: str
    fields: tuple[tuple[str, _Read, bool], ...]  # name, read, required

    def read(self, reader: Reader) -> dict[str, object]:
        expected = f"struct {self.name}"
        byte = reader.whitespace()
        if byte is None:
            raise reader.peek_error(EOF, "EOF while parsing a value")
        if byte not in b"[{":
            raise reader.unexpected(expected)
        reader.index += 1
        try:
            values = self._from_map(reader) if byte == ord("{") else self._from_seq(reader)
        except SerdeError as exc:
            # serde_json closes the container even after a failure, and only then fixes
            # the position of an error that has none.
            reader.end_container(byte, ignore_errors=True)
            raise reader.fix(exc) from None
        reader.end_container(byte)
        return values

    def _from_map(self, reader: Reader) -> dict[str, object]:
        known = {name: read for name, read, _ in self.fields}
        values = reader.members(known, lambda key: known[key](reader))
        for name, _, required in self.fields:
            if name not in values:
                if required:
                    raise data_error(f"missing field `{name}`")
                values[name] = None
        return values

    def _from_seq(self, reader: Reader) -> dict[str, object]:
        values: dict[str, object] = {}
        for index, (name, read, _) in enumerate(self.fields):
            if not reader.next_element(first=index == 0):
                count = len(self.fields)
                raise data_error(
                    f"invalid length {index}, expected struct {self.name} with {count} elements"
                )
            values[name] = read(reader)
        return values


_API_KEY_REQUEST = _Struct(
    "SetUserApiKeyRequest",
    (
        ("name", _string, True),
        ("role", _i32, True),
        ("dataset_ids", _option(_vec(_uuid)), False),
        ("organization_ids", _option(_vec(_uuid)), False),
        ("scopes", _option(_vec(_string)), False),
    ),
)
_UPDATE_REQUEST = _Struct(
    "UpdateUserOrgRoleData",
    (
        ("organization_id", _uuid, True),
        ("role", _i32, True),
        ("user_id", _option(_uuid), False),
    ),
)


@dataclass(frozen=True)
class ApiKeyRequest:
    """A read SetUserApiKeyRequest."""

    name: str
    role: int
    dataset_ids: list[str] | None
    organization_ids: list[str] | None
    scopes: list[str] | None


@dataclass(frozen=True)
class UpdateRoleRequest:
    """A read UpdateUserOrgRoleData."""

    organization_id: str
    role: int
    user_id: str | None


def _read(struct: _Struct, body: bytes) -> dict[str, object]:
    reader = Reader(body)
    try:
        values = struct.read(reader)
        reader.end()
    except SerdeError as exc:
        raise BodyError(_KINDS[exc.category], f"Json deserialize error: {exc}") from None
    return values


def decode_api_key_request(body: bytes) -> ApiKeyRequest:
    """Read a SetUserApiKeyRequest body; raise BodyError when it is not one."""
    return ApiKeyRequest(**_read(_API_KEY_REQUEST, body))  # type: ignore[arg-type]


def decode_update_request(body: bytes) -> UpdateRoleRequest:
    """Read an UpdateUserOrgRoleData body; raise BodyError when it is not one."""
    return UpdateRoleRequest(**_read(_UPDATE_REQUEST, body))  # type: ignore[arg-type]
