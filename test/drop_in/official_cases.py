"""The drop-in comparison's cases, derived from openapi.json and the operations generated from
it: for each operation, its arguments with only what is required (``minimal``), with every
parameter and every body field (``full``), and its minimal ones with every per-call option
that shapes a request (``options``), as JSON that either client can build them from.

Values come from the schemas: the first enum value, a UUID for ``format: uuid``, a datetime
for ``date-time``, an integer within ``minimum``/``maximum``, one item per array, one entry per
map. A ``oneOf`` takes one member per variant of a case (``full``, ``full.1``, ...), so that
every member is sent by some case. Full cases use text that must be escaped (a space, a slash,
an accented letter) wherever the text is not a header.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from official_surface import resolved_annotation, submodules

from trieve_py_client.api_client import Operation

_ID_NAMESPACE = uuid.UUID("6f1d2a4e-0b7c-4c1e-9a55-3d8e6b0c2f10")
# Left out of an object: a property that would repeat a schema already being built.
_RECURSION = object()


def operations(package: ModuleType) -> Iterator[tuple[str, Operation]]:
    """(API class name, operation) for every operation the package's API modules hold."""
    for module in submodules(package, "api"):
        for cls in vars(module).values():
            if isinstance(cls, type) and cls.__module__ == module.__name__:
                for member in vars(cls).values():
                    if isinstance(getattr(member, "operation", None), Operation):
                        yield cls.__name__, member.operation


def build(spec: dict[str, Any], package: ModuleType) -> list[dict[str, Any]]:
    """Every case of every operation of ``spec``, in its order; each operation must be in the
    package, generated from it."""
    generated = {operation.name: (api, operation) for api, operation in operations(package)}
    cases = []
    for item in spec["paths"].values():
        for spec_op in item.values():
            if isinstance(spec_op, dict) and "operationId" in spec_op:
                api, operation = generated[spec_op["operationId"]]
                cases += _cases(spec, spec_op, api, operation, getattr(package, api))
    return cases


def _cases(
    spec: dict[str, Any], spec_op: dict[str, Any], api: str, operation: Operation, cls: type
) -> list[dict[str, Any]]:
    """An operation's minimal and full cases, as many of each as its widest oneOf has
    members, and its minimal arguments once more with every per-call option that shapes the
    request."""
    method = getattr(cls, operation.name)
    cases = []

    def add(label: str, args: dict[str, Any], options: dict[str, Any]) -> None:
        cases.append(
            {
                "id": f"{operation.name} {label}",
                "operation": operation.name,
                "api": api,
                "method": operation.name,
                "args": args,
                "options": options,
            }
        )

    for mode in ("minimal", "full"):
        variant, widest = 0, 1
        while variant < widest:
            values = Values(spec, full=mode == "full", variant=variant)
            add(
                mode if variant == 0 else f"{mode}.{variant}",
                _arguments(values, spec_op, operation, method),
                {},
            )
            widest = max(widest, values.widest)
            variant += 1
    options: dict[str, Any] = {
        "_request_timeout": 30.0,
        "_request_auth": {
            "in": "header",
            "key": "Authorization",
            "type": "api_key",
            "value": "tr-per-call",
        },
        "_headers": {"X-Request-Note": "drop-in check"},
    }
    if operation.content_type:
        options["_content_type"] = "application/json; charset=utf-8"
    add(
        "options",
        _arguments(Values(spec, full=False, variant=0), spec_op, operation, method),
        options,
    )
    return cases


def _arguments(
    values: Values, spec_op: dict[str, Any], operation: Operation, method: Any
) -> dict[str, dict[str, Any]]:
    names = {(p.where, p.wire): p.name for p in operation.params}
    args = {}
    for parameter in spec_op.get("parameters", []):
        if not (values.full or parameter.get("required")):
            continue
        name = names[(parameter["in"], parameter["name"])]
        text = "header" if parameter["in"] == "header" else "escaped"
        value = values.of(parameter["schema"], name, text)
        args[name] = _argument(method, name, value)
    body = spec_op.get("requestBody")
    if body and (values.full or body.get("required")):
        declared = set(names.values())
        (name,) = (
            p.name
            for p in list(inspect.signature(method).parameters.values())[1:]
            if p.kind is not inspect.Parameter.VAR_KEYWORD and p.name not in declared
        )
        schema = body["content"]["application/json"]["schema"]
        args[name] = _argument(method, name, values.of(schema, name, "escaped"))
    return args


def _argument(method: Any, name: str, value: Any) -> dict[str, Any]:
    """The value and how a caller builds it, from the method's annotation for ``name``."""
    annotation = inspect.signature(method).parameters[name].annotation
    hint = resolved_annotation(method, annotation)
    for candidate in _alternatives(hint):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return {"build": "enum", "type": candidate.__name__, "value": value}
        if isinstance(candidate, type) and hasattr(candidate, "from_dict"):
            return {"build": "model", "type": candidate.__name__, "value": value}
    return {"build": "plain", "value": value}


def _alternatives(hint: Any) -> list[Any]:
    if typing.get_origin(hint) is typing.Annotated:
        return _alternatives(typing.get_args(hint)[0])
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [alt for arg in typing.get_args(hint) for alt in _alternatives(arg)]
    return [hint]


@dataclass
class Values:
    """Values for the schemas of one case: ``full`` fills every property, ``variant`` picks
    the member of each oneOf and the item of each enum; ``widest`` is the most members a
    oneOf met so far had, so that the caller knows how many variants cover them all."""

    spec: dict[str, Any]
    full: bool
    variant: int
    widest: int = 1
    _building: list[str] = field(default_factory=list)

    def of(self, schema: dict[str, Any], label: str, text: str) -> Any:
        value = self._value(schema, label, text)
        assert value is not _RECURSION, label
        return value

    def _value(self, schema: dict[str, Any], label: str, text: str) -> Any:
        if "$ref" in schema:
            name = schema["$ref"].rpartition("/")[2]
            if name in self._building:
                return _RECURSION
            self._building.append(name)
            try:
                return self._value(self.spec["components"]["schemas"][name], label, text)
            finally:
                self._building.pop()
        if "allOf" in schema:
            return self._value(_merged(schema["allOf"], self.spec), label, text)
        members = schema.get("oneOf") or schema.get("anyOf")
        if members:
            self.widest = max(self.widest, len(members))
            return self._value(members[self.variant % len(members)], label, text)
        if "enum" in schema:
            choices = [value for value in schema["enum"] if value is not None]
            return choices[self.variant % len(choices)]
        return self._typed(schema, label, text)

    def _typed(self, schema: dict[str, Any], label: str, text: str) -> Any:
        kind = schema.get("type")
        if kind == "string":
            return self._string(schema.get("format"), label, text)
        if kind == "integer":
            low, high = schema.get("minimum", -(2**31)), schema.get("maximum", 2**31 - 1)
            return min(max(7, low), high)
        if kind == "number":
            return 0.5
        if kind == "boolean":
            return True
        if kind == "array":
            item = self._value(schema["items"], label, text)
            return [] if item is _RECURSION else [item]
        if kind == "object" or "properties" in schema:
            return self._object(schema, label, text)
        return {f"{label}-key": f"{label} value"}  # free-form: any JSON

    def _string(self, format_: str | None, label: str, text: str) -> str:
        if format_ == "uuid":
            return str(uuid.uuid5(_ID_NAMESPACE, f"{label} {self.full} {self.variant}"))
        if format_ == "date-time":
            return "2024-05-06T07:08:09.123456+00:00" if self.full else "2024-05-06T07:08:09"
        if format_ == "date":
            return "2024-05-06"
        if not self.full or text == "header":
            return f"{label}-value"
        return f"{label} a/b é"

    def _object(self, schema: dict[str, Any], label: str, text: str) -> dict[str, Any]:
        required = set(schema.get("required", []))
        built = {}
        for name, prop in schema.get("properties", {}).items():
            if self.full or name in required:
                value = self._value(prop, name, text)
                if value is not _RECURSION:
                    built[name] = value
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and (self.full or not built):
            value = self._value(extra, label, text) if extra else f"{label} value"
            if value is not _RECURSION:
                built[f"{label}-key"] = value
        return built


def _merged(parts: list[dict[str, Any]], spec: dict[str, Any]) -> dict[str, Any]:
    """``allOf``: a single part is that part; several are one object of all their properties."""
    if len(parts) == 1:
        return parts[0]
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in parts:
        resolved = part
        while "$ref" in resolved:
            resolved = spec["components"]["schemas"][resolved["$ref"].rpartition("/")[2]]
        merged["properties"].update(resolved.get("properties", {}))
        merged["required"] += resolved.get("required", [])
    return merged
