"""serde_json's errors as the real server writes them: the category (syntax, end of input,
data), the message and its `line L column C`, and Rust's way of showing the value in the way."""

from __future__ import annotations

from decimal import Decimal

SYNTAX, EOF, DATA = "syntax", "eof", "data"


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
