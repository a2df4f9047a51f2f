"""The scalars of serde_json's deserializer: whitespace, `null`/`true`/`false`, numbers and
strings with their escapes, read from a body's bytes with serde_json's errors and positions."""

from __future__ import annotations

import re

from ._serde_errors import EOF, SYNTAX, SerdeError

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


class ScalarReader:
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
