"""Test controls of the local server: planned faults and the log of received requests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

SECRET_HEADERS = frozenset({"authorization", "cookie", "x-api-key", "proxy-authorization"})
MASK = "<masked>"


@dataclass
class Fault:
    """How to answer the next `times` requests (of `route` only, when set).

    `status` answers without serving the request; `delay` waits (seconds) before going on;
    `drop` serves the request (its effects are kept) and then closes the connection
    without an answer. `route` is a path ("/api/user") or "METHOD /path".
    """

    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: object = None
    delay: float = 0.0
    drop: bool = False
    times: int = 1
    route: str | None = None

    def __post_init__(self) -> None:
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status must be in 100..599, not {self.status!r}")
        if self.times < 1 or self.delay < 0:
            raise ValueError("times must be at least 1 and delay not negative")
        if self.status is not None and self.drop:
            raise ValueError("a fault either answers with a status or drops the connection")

    def applies_to(self, method: str, path: str) -> bool:
        """Whether the fault is meant for this request."""
        if self.route is None:
            return True
        wanted_method, _, wanted_path = self.route.rpartition(" ")
        return wanted_path == path and wanted_method in ("", method)


def fault_from_json(data: object) -> Fault:
    """A Fault from the JSON object a control request sends; ValueError when it is not one."""
    if not isinstance(data, dict):
        raise ValueError("a fault is a JSON object")
    allowed = {"status", "headers", "body", "delay", "drop", "times", "route"}
    unknown = set(data) - allowed
    if unknown:
        raise ValueError(f"unknown fault fields: {sorted(unknown)}")
    try:
        return Fault(**data)
    except TypeError as exc:
        raise ValueError(str(exc)) from None


class FaultPlan:
    """Planned faults, first planned first used; safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        """Plan a fault after those already planned."""
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        """Forget every planned fault."""
        with self._lock:
            self._faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any, counting one use of it."""
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.applies_to(method, path):
                    fault.times -= 1
                    if fault.times == 0:
                        del self._faults[index]
                    return fault
        return None


@dataclass(frozen=True)
class LoggedRequest:
    """A request as the server received it; credentials in headers and body are masked."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        """The first value of a header, by case-blind name."""
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def json(self) -> object:
        """The body decoded as JSON."""
        return json.loads(self.body)

    def to_json(self) -> dict[str, object]:
        """A JSON-ready form, as the control path serves it."""
        return {
            "method": self.method,
            "path": self.path,
            "headers": [list(pair) for pair in self.headers],
            "body": self.body.decode("utf-8", "replace"),
        }


class RequestLog:
    """The requests received, oldest first; secrets are masked before anything is kept."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._entries: list[LoggedRequest] = []
        self._secrets = tuple(s for s in secrets if s)

    def record(
        self, method: str, path: str, headers: Iterable[tuple[str, str]], body: bytes
    ) -> None:
        """Keep one request, masking credentials."""
        masked = tuple(
            (name, MASK if name.lower() in SECRET_HEADERS else self._mask(value))
            for name, value in headers
        )
        for secret in self._secrets:
            body = body.replace(secret.encode("utf-8", "surrogatepass"), MASK.encode())
        with self._lock:
            self._entries.append(LoggedRequest(method, path, masked, body))

    def _mask(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, MASK)
        return value

    def entries(self) -> list[LoggedRequest]:
        """A copy of the log."""
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        """Empty the log."""
        with self._lock:
            self._entries.clear()
