"""A JSON reader that fails the way serde_json's `from_slice` does: same error texts, same
categories (syntax, end of input, data) and the same `line L column C` positions.

The real server reads request bodies with serde_json into typed structs; a user who tests
error handling locally should see the message the real server writes, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from ._serde_errors import EOF, SYNTAX, SerdeError, data_error, rust_debug_str, rust_float
from ._serde_scalars import ScalarReader


class Reader(ScalarReader):
    """Values, lists and objects on top of the scalars, as serde_json's deserializer reads
    them; its errors are `SerdeError` (in `_serde_errors.py`)."""

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
