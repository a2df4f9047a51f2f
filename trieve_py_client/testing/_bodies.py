"""Any request body of the spec read as the real server's serde structs read it.

The schemas are utoipa's rendering of the server's Rust types, so each one says how serde
reads it: an object is a struct (unknown fields ignored, an absent optional field is None, a
JSON array of the fields in order is accepted too), `nullable` an `Option`, an integer's format
and minimum its Rust type (`int32` with `minimum: 0` is a u32), a `oneOf` of objects that each
fix one property to one string an internally tagged enum, any other `oneOf` an untagged enum,
and a value without a type a `serde_json::Value`. The errors are serde_json's texts, with
their positions, as `_validate` gives them for the User bodies.
"""

from __future__ import annotations

from typing import Any

from ._serde import Reader
from ._serde_errors import EOF, SerdeError, data_error
from ._spec import Spec
from ._validate import parse_uuid, uuid_error

_INT_RANGES = {
    "i32": (-(2**31), 2**31 - 1),
    "u32": (0, 2**32 - 1),
    "i64": (-(2**63), 2**63 - 1),
    "u64": (0, 2**64 - 1),
}


def _variants_text(names: list[str]) -> str:
    quoted = [f"`{name}`" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} or {quoted[1]}"
    return "one of " + ", ".join(quoted)


class BodyReader:
    """Reads one JSON value against a schema of the spec, or raises SerdeError."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def read(self, reader: Reader, schema: dict[str, Any], name: str = "value") -> object:
        """Read a value of `schema` at the reader's position."""
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            schema = self.spec.resolve(schema)
        if schema.get("nullable"):
            if self._start(reader) == ord("n"):
                reader.index += 1
                reader.ident(b"ull")
                return None
            schema = {k: v for k, v in schema.items() if k != "nullable"}
        if "allOf" in schema:
            return self.read(reader, schema["allOf"][0], name)
        if "oneOf" in schema or "anyOf" in schema:
            return self._enum(reader, schema.get("oneOf") or schema["anyOf"], name)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            if "properties" not in schema:
                return self._map(reader, schema.get("additionalProperties"), name)
            return self._struct(reader, schema, name)
        if kind == "array":
            return self._sequence(reader, schema.get("items", {}), name)
        if kind == "string":
            return self._string(reader, schema, name)
        if kind == "integer":
            return self._integer(reader, schema)
        if kind == "number":
            return self._float(reader, "f32" if schema.get("format") == "float" else "f64")
        if kind == "boolean":
            return self._bool(reader)
        start = reader.index
        self._start(reader)
        reader.skip_value()
        return reader.data[start : reader.index]

    # --- scalars ---------------------------------------------------------------------------

    @staticmethod
    def _start(reader: Reader) -> int:
        byte = reader.whitespace()
        if byte is None:
            raise reader.peek_error(EOF, "EOF while parsing a value")
        return byte

    def _string(self, reader: Reader, schema: dict[str, Any], name: str) -> object:
        enum = schema.get("enum")
        fmt = schema.get("format")
        expected = (
            f"enum {name}"
            if enum
            else {"uuid": "a UUID string", "date-time": "a formatted date and time string"}.get(
                fmt or "", "a string"
            )
        )
        if self._start(reader) != ord('"'):
            raise reader.unexpected(expected)
        reader.index += 1
        text = reader.string()
        if enum and text not in enum:
            detail = f"unknown variant `{text}`, expected {_variants_text(enum)}"
            raise reader.fix(data_error(detail))
        if fmt == "uuid":
            parsed = parse_uuid(text)
            if parsed is None:
                raise reader.fix(data_error(f"UUID parsing failed: {uuid_error(text)}"))
            return parsed
        return text

    def _integer(self, reader: Reader, schema: dict[str, Any]) -> object:
        width = "32" if schema.get("format") == "int32" else "64"
        rust = ("u" if schema.get("minimum", -1) >= 0 else "i") + width
        byte = self._start(reader)
        if not (byte == ord("-") or 0x30 <= byte <= 0x39):
            raise reader.unexpected(rust)
        value = reader.number()
        if isinstance(value, float):
            raise reader.unexpected_float(value, rust)
        low, high = _INT_RANGES[rust]
        if not low <= value <= high:
            raise reader.fix(data_error(f"invalid value: integer `{value}`, expected {rust}"))
        return value

    def _float(self, reader: Reader, rust: str) -> object:
        byte = self._start(reader)
        if not (byte == ord("-") or 0x30 <= byte <= 0x39):
            raise reader.unexpected(rust)
        return float(reader.number())

    def _bool(self, reader: Reader) -> object:
        byte = self._start(reader)
        if byte not in b"tf":
            raise reader.unexpected("a boolean")
        reader.index += 1
        reader.ident(b"rue" if byte == ord("t") else b"alse")
        return byte == ord("t")

    # --- containers ------------------------------------------------------------------------

    def _sequence(self, reader: Reader, items: dict[str, Any], name: str) -> object:
        if self._start(reader) != ord("["):
            raise reader.unexpected("a sequence")
        reader.index += 1
        values: list[object] = []
        try:
            while reader.next_element(first=not values):
                values.append(self.read(reader, items, name))
        except SerdeError as exc:
            reader.end_container(ord("["), ignore_errors=True)
            raise reader.fix(exc) from None
        reader.end_container(ord("["))
        return values

    def _map(self, reader: Reader, values: object, name: str) -> object:
        if self._start(reader) != ord("{"):
            raise reader.unexpected("a map")
        reader.index += 1
        schema = values if isinstance(values, dict) else {}
        result: dict[str, object] = {}
        try:
            while (key := reader.next_key(first=not result)) is not None:
                reader.colon()
                result[key] = self.read(reader, schema, name)
        except SerdeError as exc:
            reader.end_container(ord("{"), ignore_errors=True)
            raise reader.fix(exc) from None
        reader.end_container(ord("{"))
        return result

    def _struct(self, reader: Reader, schema: dict[str, Any], name: str) -> object:
        opener = self._start(reader)
        if opener == ord("["):
            # serde reads a struct from its fields in declaration order, which the spec does
            # not record (utoipa sorts them): the sequence form is passed on unchecked.
            reader.skip_value()
            return None
        if opener != ord("{"):
            raise reader.unexpected(f"struct {name}")
        reader.index += 1
        properties: dict[str, dict[str, Any]] = schema["properties"]
        required = set(schema.get("required", ()))
        values: dict[str, object] = {}
        try:
            values = reader.members(properties, lambda key: self.read(reader, properties[key], key))
            for field in properties:
                if field in required and field not in values:
                    raise data_error(f"missing field `{field}`")
        except SerdeError as exc:
            reader.end_container(opener, ignore_errors=True)
            raise reader.fix(exc) from None
        reader.end_container(opener)
        return values

    # --- enums -----------------------------------------------------------------------------

    def _tag(self, variants: list[dict[str, Any]]) -> str | None:
        """The property an internally tagged enum's variants are told apart by, if any."""
        resolved = [self.spec.resolve(variant) for variant in variants]
        common: set[str] | None = None
        for variant in resolved:
            fixed = {
                key
                for key, sub in variant.get("properties", {}).items()
                if len(sub.get("enum", ())) == 1 and key in variant.get("required", ())
            }
            common = fixed if common is None else common & fixed
        return min(common) if common else None

    def _enum(self, reader: Reader, variants: list[dict[str, Any]], name: str) -> object:
        # serde buffers the whole value before it picks a variant: errors found inside it
        # lose their position and are placed where the value ends.
        self._start(reader)
        start = reader.index
        reader.skip_value()
        raw = reader.data[start : reader.index]
        tag = self._tag(variants)
        if tag is not None:
            return self._tagged(reader, raw, variants, tag, name)
        for variant in variants:
            try:
                return self._read_alone(raw, variant, name)
            except SerdeError:
                continue
        raise reader.fix(data_error(f"data did not match any variant of untagged enum {name}"))

    def _tagged(
        self, reader: Reader, raw: bytes, variants: list[dict[str, Any]], tag: str, name: str
    ) -> object:
        inner = Reader(raw)
        if inner.whitespace() != ord("{"):
            # Described by the buffered value, placed where it ends.
            refused = inner.unexpected(f"internally tagged enum {name}")
            refused.position = None
            raise reader.fix(refused)
        found = self._read_alone(raw, {"type": "object", "additionalProperties": {}}, tag)
        if not isinstance(found, dict) or tag not in found:
            raise reader.fix(data_error(f"missing field `{tag}`"))
        names = [self.spec.resolve(v)["properties"][tag]["enum"][0] for v in variants]
        value = _json_string(found[tag])
        if value not in names:
            detail = f"unknown variant `{value}`, expected {_variants_text(names)}"
            raise reader.fix(data_error(detail))
        try:
            return self._read_alone(raw, variants[names.index(value)], value)
        except SerdeError as exc:
            exc.position = None
            raise reader.fix(exc) from None

    def _read_alone(self, raw: bytes, schema: dict[str, Any], name: str) -> object:
        inner = Reader(raw)
        value = self.read(inner, schema, name)
        inner.end()
        return value


def _json_string(raw: object) -> str:
    """The text of a buffered JSON string value (anything else is no variant name)."""
    if isinstance(raw, (bytes, bytearray)):
        reader = Reader(bytes(raw))
        if reader.whitespace() == ord('"'):
            reader.index += 1
            return reader.string()
    return repr(raw)
