"""The result of an operation's ``_with_http_info`` variant."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


class ApiResponse(Generic[T]):
    """Status, headers, the deserialized ``data`` and the ``raw_data`` bytes of one response."""

    __slots__ = ("data", "headers", "raw_data", "status_code")

    def __init__(
        self,
        status_code: int,
        data: T,
        raw_data: bytes,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.headers: Mapping[str, str] = {} if headers is None else headers
        self.data = data
        self.raw_data = raw_data

    def __repr__(self) -> str:
        # raw_data is left out: a body may hold a freshly minted key, and data masks it.
        return f"ApiResponse(status_code={self.status_code!r}, data={self.data!r})"
