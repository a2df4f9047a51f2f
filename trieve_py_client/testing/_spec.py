"""The OpenAPI document as the local server reads it: operations, their routes and schemas.

`spec.json` beside this module is a compact form of the repository's `openapi.json`, written
by `spec/build.py` with it (so the two cannot drift apart), and shipped as package data: the
server imports nothing of the client, not even its spec.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote

_PLACEHOLDER = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True)
class Parameter:
    """A path, query or header parameter."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the document, with the role its handler asks for.

    `role` is "readonly" (any logged-in user), "admin", "owner", "X-API-KEY" (the admin key
    in that header) or None (no credentials).
    """

    id: str
    method: str
    path: str
    role: str | None
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    responses: dict[str, tuple[str, dict[str, Any]] | None]
    pattern: re.Pattern[str]
    literal_segments: int

    def success(self) -> tuple[int, tuple[str, dict[str, Any]] | None]:
        """The first documented 2xx or 3xx status and its media type and schema."""
        for status in sorted(self.responses):
            if status[0] in "23":
                return int(status), self.responses[status]
        return 200, None


@dataclass(frozen=True)
class Spec:
    """Every operation and every named schema."""

    version: str
    operations: tuple[Operation, ...]
    schemas: dict[str, dict[str, Any]]

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The schema a `$ref` names, else the schema itself."""
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """(the operation, its path parameters, the methods the path allows): the operation is
        None when the path matches no template with that method (the list then says whether
        the path is known at all)."""
        allowed: list[str] = []
        for operation in self.operations:
            found = operation.pattern.fullmatch(path)
            if found is None:
                continue
            if operation.method == method:
                return operation, {k: unquote(v) for k, v in found.groupdict().items()}, []
            allowed.append(operation.method)
        return None, {}, allowed

    def by_id(self, operation_id: str) -> Operation:
        """The operation with that id (KeyError when there is none)."""
        for operation in self.operations:
            if operation.id == operation_id:
                return operation
        raise KeyError(operation_id)


def _pattern(path: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(path)
    # split() alternates literal text and parameter names.
    regex = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{_group(part)}>[^/]+)"
        for index, part in enumerate(parts)
    )
    return re.compile(regex)


def _group(name: str) -> str:
    return re.sub(r"\W", "_", name)


def _operation(data: dict[str, Any]) -> Operation:
    body = data["body"]
    media = None if body is None else body["media"]
    path: str = data["path"]
    return Operation(
        id=data["id"],
        method=data["method"],
        path=path,
        role=data["role"],
        parameters=tuple(
            Parameter(p["name"], p["in"], p["required"], p["schema"]) for p in data["parameters"]
        ),
        body_schema=None if media is None else media[1],
        body_required=bool(body and body["required"]),
        responses={
            status: None if value is None else (value[0], value[1])
            for status, value in data["responses"].items()
        },
        pattern=_pattern(path),
        literal_segments=sum("{" not in part for part in path.split("/")),
    )


@functools.lru_cache(maxsize=1)
def load() -> Spec:
    """The spec shipped with the package, read once."""
    text = resources.files(__package__).joinpath("spec.json").read_text(encoding="utf-8")
    data = json.loads(text)
    operations = sorted(
        (_operation(item) for item in data["operations"]),
        # A literal segment wins over a parameter (`/api/chunk/autocomplete` is not a chunk id),
        # as each literal route is registered before its parameter sibling on the server.
        key=lambda op: -op.literal_segments,
    )
    return Spec(data["version"], tuple(operations), data["schemas"])
