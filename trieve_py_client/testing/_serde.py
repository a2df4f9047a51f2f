"""A JSON reader that fails the way serde_json's `from_slice` does: same error texts, same
categories (syntax, end of input, data) and the same `line L column C` positions.

The real server reads request bodies with serde_json into typed structs; a user who tests
error handling locally should see the message the real server writes, byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from decimal import Decimal

SYNTAX, EOF, DATA = "syntax", "eof", "data"
_WHITESPACE = b" \n\t\r"
_DIGITS = b"0123456789"
_SIMPLE_ESCAPES = {ord('"'): '"', ord("\\"): "\\", ord("/"): "/", ord("b"): "\b"}
_SIMPLE_ESCAPES.update({ord("f"): "\f", ord("n"): "\n", ord("r"): "\r", ord("t"): "\t"})
_U64_MAX = 2**64 - 1
_I64_MIN = -(2**63)


def _skip_digits(data: bytes, index: int) -> int:
    while index < len(data) and data[index] in _DIGITS:
        index += 1
    return index


class SerdeError(Exception):
    """A failed read: `text` is serde_json's message, `position` its (line, column)."""

    def __init__(self, category: str, text: str, position: tuple[int, int] | None = None) -> None:
        super().__init__(text)
        self.category = category
        self.text = text
        self.position = position

    def __str__(self) -> str:
        if self.position is None:
            return self.text
        return f"{self.text} at line {self.position[0]} column {self.position[1]}"


def rust_float(value: float) -> str:
    """A float as Rust's Display writes it (never an exponent), with serde's trailing `.0`."""
    text = format(Decimal(repr(value)), "f")
    return text if "." in text else text + ".0"


def rust_debug_str(text: str) -> str:
    """A string as Rust's `{:?}` writes it."""
    out = ['"']
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char in "\t\r\n":
            out.append({"\t": "\\t", "\r": "\\r", "\n": "\\n"}[char])
        elif char == "\0":
            out.append("\\0")
        elif not char.isprintable():
            out.append(f"\\u{{{ord(char):x}}}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def data_error(text: str) -> SerdeError:
    """A data error without a position yet: the reader fixes it where the value ended."""
    return SerdeError(DATA, text)


class Reader:
    """serde_json's deserializer state over one body: the bytes and how far it has read."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.index = 0

    # --- positions and errors ---------------------------------------------------------

    def _position(self, index: int) -> tuple[int, int]:
        start = self.data.rfind(b"\n", 0, index) + 1
        return self.data.count(b"\n", 0, start) + 1, index - start

    def error(self, category: str, text: str) -> SerdeError:
        """An error at the current position (after what was read)."""
        return SerdeError(category, text, self._position(self.index))

    def peek_error(self, category: str, text: str) -> SerdeError:
        """An error at the byte being looked at."""
        return SerdeError(category, text, self._position(min(len(self.data), self.index + 1)))

    def fix(self, exc: SerdeError) -> SerdeError:
        """Give a position-less error the current position, as serde_json's fix_position."""
        if exc.position is None:
            exc.position = self._position(self.index)
        return exc

    # --- lexing ------------------------------------------------------------------------

    def whitespace(self) -> int | None:
        """Skip whitespace; the next byte (not consumed), or None at the end."""
        data, index = self.data, self.index
        while index < len(data) and data[index] in _WHITESPACE:
            index += 1
        self.index = index
        return data[index] if index < len(data) else None

    def ident(self, rest: bytes) -> None:
        """Read the rest of `null`, `true` or `false` after its first byte."""
        for expected in rest:
            if self.index >= len(self.data):
                raise self.error(EOF, "EOF while parsing a value")
            got = self.data[self.index]
            self.index += 1
            if got != expected:
                raise self.error(SYNTAX, "expected ident")

    def number(self) -> int | float:
        """Read a number at the current byte (a digit or `-`)."""
        data, start = self.data, self.index
        index = start + (data[start] == ord("-"))
        if index >= len(data):
            self.index = index
            raise self.error(EOF, "EOF while parsing a value")
        first = data[index]
        index += 1
        if first == ord("0"):
            if index < len(data) and data[index] in _DIGITS:
                self.index = index
                raise self.peek_error(SYNTAX, "invalid number")
        elif first in _DIGITS:
            index = _skip_digits(data, index)
        else:
            self.index = index
            raise self.error(SYNTAX, "invalid number")
        is_float = False
        if data[index : index + 1] == b".":
            is_float = True
            after = _skip_digits(data, index + 1)
            if after == index + 1:
                self.index = after
                if after < len(data):
                    raise self.peek_error(SYNTAX, "invalid number")
                raise self.peek_error(EOF, "EOF while parsing a value")
            index = after
        if data[index : index + 1] in (b"e", b"E"):
            is_float = True
            index += 1 + (data[index + 1 : index + 2] in (b"+", b"-"))
            if index >= len(data):
                self.index = index
                raise self.error(EOF, "EOF while parsing a value")
            if data[index] not in _DIGITS:
                self.index = index + 1
                raise self.error(SYNTAX, "invalid number")
            index = _skip_digits(data, index)
        self.index = index
        text = data[start:index].decode("ascii")
        if not is_float:
            value = int(text)
            if _I64_MIN <= value <= _U64_MAX:
                return value
        result = float(text)
        if result in (float("inf"), float("-inf")):
            raise self.error(SYNTAX, "number out of range")
        return result

    def string(self) -> str:
        """Read a string after its opening quote."""
        data, parts = self.data, bytearray()
        while True:
            if self.index >= len(data):
                raise self.error(EOF, "EOF while parsing a string")
            byte = data[self.index]
            self.index += 1
            if byte == ord('"'):
                break
            if byte == ord("\\"):
                parts += self._escape().encode("utf-8", "surrogatepass")
            elif byte < 0x20:
                raise self.error(
                    SYNTAX, "control character (\\u0000-\\u001F) found while parsing a string"
                )
            else:
                parts.append(byte)
        try:
            return parts.decode("utf-8")
        except UnicodeDecodeError:
            raise self.error(SYNTAX, "invalid unicode code point") from None

    def _hex4(self) -> int:
        digits = self.data[self.index : self.index + 4]
        if len(digits) < 4:
            self.index = len(self.data)
            raise self.error(EOF, "EOF while parsing a string")
        value = int(digits, 16) if re.fullmatch(rb"[0-9a-fA-F]{4}", digits) else -1
        self.index += 4
        if value < 0:
            raise self.error(SYNTAX, "invalid escape")
        return value

    def _escape(self) -> str:
        if self.index >= len(self.data):
            raise self.error(EOF, "EOF while parsing a string")
        char = self.data[self.index]
        self.index += 1
        if char in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[char]
        if char != ord("u"):
            raise self.error(SYNTAX, "invalid escape")
        code = self._hex4()
        if 0xDC00 <= code <= 0xDFFF:
            raise self.error(SYNTAX, "lone leading surrogate in hex escape")
        if 0xD800 <= code <= 0xDBFF:
            if self.data[self.index : self.index + 2] != b"\\u":
                self.index = min(len(self.data), self.index + 1)
                raise self.error(SYNTAX, "unexpected end of hex escape")
            self.index += 2
            low = self._hex4()
            if not 0xDC00 <= low <= 0xDFFF:
                raise self.error(SYNTAX, "lone leading surrogate in hex escape")
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        return chr(code)

    # --- values --------------------------------------------------------------------------

    def unexpected(self, expected: str) -> SerdeError:
        """serde_json's peek_invalid_type: read the value in the way and describe it."""
        byte = self.data[self.index]
        if byte in b"ntf":
            self.index += 1
            rest = {ord("n"): b"ull", ord("t"): b"rue", ord("f"): b"alse"}[byte]
            self.ident(rest)
            what = {ord("n"): "null", ord("t"): "boolean `true`", ord("f"): "boolean `false`"}
            seen = what[byte]
        elif byte == ord("-") or 0x30 <= byte <= 0x39:
            value = self.number()
            is_float = isinstance(value, float)
            seen = f"floating point `{rust_float(value)}`" if is_float else f"integer `{value}`"
        elif byte == ord('"'):
            self.index += 1
            seen = "string " + rust_debug_str(self.string())
        elif byte in b"[{":
            seen = "sequence" if byte == ord("[") else "map"
        else:
            raise self.peek_error(SYNTAX, "expected value")
        return self.fix(data_error(f"invalid type: {seen}, expected {expected}"))

    def unexpected_float(self, value: float, expected: str) -> SerdeError:
        """A float where another type was expected (the number is already read)."""
        shown = rust_float(value)
        return self.fix(data_error(f"invalid type: floating point `{shown}`, expected {expected}"))

    def next_element(self, *, first: bool) -> bool:
        """Step to the next item of a list; False at its `]` (not consumed)."""
        byte = self.whitespace()
        if byte == ord("]"):
            return False
        if byte == ord(",") and not first:
            self.index += 1
            byte = self.whitespace()
            if byte == ord("]"):
                raise self.peek_error(SYNTAX, "trailing comma")
            if byte is None:
                raise self.peek_error(EOF, "EOF while parsing a value")
            return True
        if byte is None:
            raise self.peek_error(EOF, "EOF while parsing a list")
        if not first:
            raise self.peek_error(SYNTAX, "expected `,` or `]`")
        return True

    def next_key(self, *, first: bool) -> str | None:
        """Read the next key of an object; None at its `}` (not consumed)."""
        byte = self.whitespace()
        if byte == ord("}"):
            return None
        if byte == ord(",") and not first:
            self.index += 1
            byte = self.whitespace()
        elif byte is None:
            raise self.peek_error(EOF, "EOF while parsing an object")
        elif not first:
            raise self.peek_error(SYNTAX, "expected `,` or `}`")
        if byte == ord('"'):
            self.index += 1
            return self.string()
        if byte == ord("}"):
            raise self.peek_error(SYNTAX, "trailing comma")
        if byte is None:
            raise self.peek_error(EOF, "EOF while parsing a value")
        raise self.peek_error(SYNTAX, "key must be a string")

    def end_container(self, opener: int, *, ignore_errors: bool = False) -> None:
        """Read the `]` or `}` closing a container; after a failure its own error is dropped."""
        is_list = opener == ord("[")
        byte = self.whitespace()
        if byte == (ord("]") if is_list else ord("}")):
            self.index += 1
            return
        if byte == ord(",") and is_list:
            self.index += 1
            after = self.whitespace()
            text = "trailing comma" if after == ord("]") else "trailing characters"
            failure = self.peek_error(SYNTAX, text)
        elif byte == ord(","):
            failure = self.peek_error(SYNTAX, "trailing comma")
        elif byte is None:
            failure = self.peek_error(
                EOF, "EOF while parsing " + ("a list" if is_list else "an object")
            )
        else:
            failure = self.peek_error(SYNTAX, "trailing characters")
        if not ignore_errors:
            raise failure

    def skip_value(self) -> None:
        """Read and drop any value (serde's IgnoredAny), without a depth limit."""
        stack: list[int] = []
        while True:
            byte = self.whitespace()
            if byte is None:
                raise self.peek_error(EOF, "EOF while parsing a value")
            if byte in b"[{":
                self.index += 1
                stack.append(byte)
                closer = ord("]") if byte == ord("[") else ord("}")
                nxt = self.whitespace()
                if nxt == closer:
                    self.index += 1
                    stack.pop()
                elif byte == ord("{"):
                    self._skip_key(first=True)
                    continue
                else:
                    continue
            elif byte in b"ntf":
                self.index += 1
                self.ident({ord("n"): b"ull", ord("t"): b"rue", ord("f"): b"alse"}[byte])
            elif byte == ord("-") or 0x30 <= byte <= 0x39:
                self.number()
            elif byte == ord('"'):
                self.index += 1
                self.string()
            else:
                raise self.peek_error(SYNTAX, "expected value")
            if not self._after_item(stack):
                return

    def _skip_key(self, *, first: bool) -> None:
        byte = self.whitespace()
        if byte is None:
            raise self.peek_error(
                EOF, "EOF while parsing a value" if not first else "EOF while parsing an object"
            )
        if byte != ord('"'):
            raise self.peek_error(
                SYNTAX, "trailing comma" if byte == ord("}") else "key must be a string"
            )
        self.index += 1
        self.string()
        self.colon()

    def _after_item(self, stack: list[int]) -> bool:
        """After a value inside containers: eat separators and closers; False when done."""
        while stack:
            is_list = stack[-1] == ord("[")
            byte = self.whitespace()
            if byte == ord(","):
                self.index += 1
                if is_list:
                    if self.whitespace() == ord("]"):
                        raise self.peek_error(SYNTAX, "trailing comma")
                else:
                    self._skip_key(first=False)
                return True
            if byte == (ord("]") if is_list else ord("}")):
                self.index += 1
                stack.pop()
                continue
            if byte is None:
                what = "a list" if is_list else "an object"
                raise self.peek_error(EOF, f"EOF while parsing {what}")
            raise self.peek_error(
                SYNTAX, "expected `,` or `]`" if is_list else "expected `,` or `}`"
            )
        return False

    def members(self, known: Container[str], read: Callable[[str], object]) -> dict[str, object]:
        """Read an object's members after its `{` (not its `}`): each known key's value by
        `read(key)`, any other dropped; a key seen twice is refused, as serde's derived
        Deserialize refuses it (before the value, right after the key)."""
        values: dict[str, object] = {}
        first = True
        while (key := self.next_key(first=first)) is not None:
            first = False
            if key in values:
                raise data_error(f"duplicate field `{key}`")
            self.colon()
            if key in known:
                values[key] = read(key)
            else:
                self.skip_value()
        return values

    def colon(self) -> None:
        """Read the `:` after an object key."""
        byte = self.whitespace()
        if byte == ord(":"):
            self.index += 1
            return
        if byte is None:
            raise self.peek_error(EOF, "EOF while parsing an object")
        raise self.peek_error(SYNTAX, "expected `:`")

    def end(self) -> None:
        """After the top-level value only whitespace may follow."""
        if self.whitespace() is not None:
            raise self.peek_error(SYNTAX, "trailing characters")
