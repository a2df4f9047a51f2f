"""Every operation of a generated package, called with arguments built from its schemas, sends
a request that the document's own OpenAPI validator (openapi-core) accepts.

    python test/generated/spec_requests.py SPEC OUT PACKAGE

checks the package PACKAGE that `make generate SPEC=... OUT=... PACKAGE=...` wrote into OUT:
every module of its api/ and models/ imports, and each operation, called through its
`_without_preload_content` variant against a loopback server that records what it reads, sends
a request that openapi-core validates against SPEC (path, query, headers, security, body).
`make check-spec` runs it after generating; test/generated/test_templates.py runs `check` on the
template fixture.

The arguments are built from the schemas: each property, parameter and body gets a value of its
type (an enum's first value, a union's first member that is unambiguous, every property of an
object down to a depth, then the required ones only); only a string with a `pattern` takes the
schema's `example`.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import typing
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, unquote

from openapi_core import OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest
from openapi_schema_validator import OAS30Validator
from pydantic import TypeAdapter
from support.faultserver import FaultServer, Request, respond

from trieve_py_client import ApiClient, Configuration
from trieve_py_client.api_client import Operation

UUID = "11111111-2222-4333-8444-555555555555"
# Below this depth an object gets every property and an array one item; deeper, the required
# properties and no items, so recursive schemas end.
FULL_DEPTH = 3
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def resolve(schema: Any, document: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        node = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def merged(schema: dict[str, Any], document: Any) -> dict[str, Any]:
    """An `allOf` schema as one: its parts' properties and required lists together."""
    result = {key: value for key, value in schema.items() if key != "allOf"}
    for listed in schema["allOf"]:
        part = resolve(listed, document)
        if "allOf" in part:
            part = merged(part, document)
        for key, value in part.items():
            if key == "properties":
                result["properties"] = {**result.get("properties", {}), **value}
            elif key == "required":
                result["required"] = [*result.get("required", []), *value]
            else:
                result.setdefault(key, value)
    return result


def number(schema: dict[str, Any], whole: bool) -> float | int:
    """The least value the schema allows from 1 up; a `number` gets a fraction, so that it is
    not an integer too (a union of both must see which one it is)."""
    low = schema.get("minimum", 1) + (1 if schema.get("exclusiveMinimum") else 0)
    value = low if whole else low + 0.5
    high = schema.get("maximum")
    if high is not None and value > high:
        value = high
    return int(value) if whole else value


def union_member(schema: dict[str, Any], document: Any, depth: int) -> Any:
    """A sample of the first member that validates against exactly that member of a oneOf
    (an anyOf takes any): members of a union often differ only in properties a minimal sample
    leaves out."""
    members = schema.get("oneOf") or schema["anyOf"]
    mapping = schema.get("discriminator", {}).get("mapping")
    if mapping:
        # The first mapped member, its tag property the mapping's name for it.
        tag, ref = next(iter(mapping.items()))
        value = sample({"$ref": ref}, document, depth)
        return {**value, schema["discriminator"]["propertyName"]: tag}
    candidates = [sample(m, document, depth, full) for full in (False, True) for m in members]
    if "anyOf" in schema:
        return candidates[0]
    return next((c for c in candidates if valid(c, {"oneOf": members}, document)), candidates[0])


def sample(schema: Any, document: Any, depth: int = 0, full: bool = False) -> Any:
    """A JSON value valid for `schema`; `full` gives an object every property at any depth
    (its own, not its properties')."""
    schema = resolve(schema, document)
    if not isinstance(schema, dict):
        return {}
    if "allOf" in schema:
        schema = merged(schema, document)
    if "enum" in schema:
        return schema["enum"][0]
    if "oneOf" in schema or "anyOf" in schema:
        return union_member(schema, document, depth)
    kind = schema.get("type")
    if kind == "string" and "pattern" in schema:
        # A string that matches a pattern is the spec's own example of one.
        return schema["example"]
    if kind == "string":
        return {"uuid": UUID, "date-time": "2024-01-02T03:04:05Z", "date": "2024-01-02"}.get(
            schema.get("format", ""), "x" * max(1, schema.get("minLength", 1))
        )
    if kind in ("integer", "number"):
        return number(schema, kind == "integer")
    if kind == "boolean":
        return True
    if kind == "array":
        count = max(schema.get("minItems", 0), 1 if depth < FULL_DEPTH else 0)
        return [sample(schema.get("items", {}), document, depth + 1) for _ in range(count)]
    properties = schema.get("properties", {})
    required = schema.get("required", ())
    values = {
        name: sample(properties[name], document, depth + 1)
        for name in properties
        if full or depth < FULL_DEPTH or name in required
    }
    # An optional property no value can satisfy (a oneOf of one schema twice) is left out.
    return {
        name: value
        for name, value in values.items()
        if name in required or valid(value, properties[name], document)
    }


def valid(value: Any, schema: Any, document: Any) -> bool:
    root = {"components": document.get("components", {}), **schema}
    return bool(OAS30Validator(root).is_valid(value))


def modules(package: str, part: str) -> Iterator[ModuleType]:
    base = importlib.import_module(f"{package}.{part}")
    for info in pkgutil.iter_modules(base.__path__):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"{package}.{part}.{info.name}")


def import_all(package: str) -> int:
    """Import every api and model module; how many there are."""
    return sum(1 for part in ("api", "models") for _ in modules(package, part))


def spec_operations(document: Any) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation with its path item's parameters)."""
    found = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                operation = dict(item[method])
                operation["parameters"] = [
                    *item.get("parameters", []),
                    *operation.get("parameters", []),
                ]
                found[operation["operationId"]] = (method, path, operation)
    return found


def api_operations(package: str) -> Iterator[tuple[type, Operation]]:
    """(API class, Operation) of every operation of the package."""
    for module in modules(package, "api"):
        classes = [
            value
            for name, value in vars(module).items()
            if isinstance(value, type)
            and name.endswith("Api")
            and value.__module__ == module.__name__
        ]
        for member in vars(classes[0]).values():
            if isinstance(getattr(member, "operation", None), Operation):
                yield classes[0], member.operation


def arguments(
    method: Any, operation: Operation, spec: dict[str, Any], document: Any
) -> dict[str, Any]:
    """The keyword arguments of one call: every parameter and the body, from their schemas."""
    hints = typing.get_type_hints(method, globalns=sys.modules[method.__module__].__dict__)
    by_wire = {(p.where, p.wire): p.name for p in operation.params}
    values: dict[str, Any] = {}
    for listed in spec["parameters"]:
        parameter = resolve(listed, document)
        name = by_wire[(parameter["in"], parameter["name"])]
        values[name] = sample(parameter.get("schema", {}), document)
    body = resolve(spec.get("requestBody"), document)
    if body:
        media = next(iter(body["content"].values()))
        names = [n for n in hints if n not in values and n not in ("return", "options")]
        values[names[0]] = sample(media.get("schema", {}), document)
    return {
        name: TypeAdapter(hints[name]).validate_json(json.dumps(value))
        for name, value in values.items()
    }


def problems(request: Request, openapi: OpenAPI, server: str) -> list[str]:
    """What openapi-core finds wrong with one recorded request."""
    mock = MockRequest(
        server,
        request.method,
        unquote(request.path),
        args=parse_qsl(request.target.partition("?")[2], keep_blank_values=True),  # type: ignore[arg-type]
        headers=dict(request.headers),
        data=request.body or None,
        content_type=request.header("Content-Type") or "",
    )
    try:
        openapi.validate_request(mock)
    except OpenAPIError as error:
        return [f"{type(error).__name__}: {error} {error.__cause__ or ''}"]
    return []


def implicit_discriminators(node: Any) -> Any:
    """`node` without the discriminators that have no mapping and only inline members.

    Without a mapping, OpenAPI reads the discriminator's value as the name of a member schema;
    an inline member has none, so the validator finds no schema for any value. Trieve writes
    them for serde's internally tagged enums: each member's tag property is a one-value enum
    that the server matches, and without the discriminator the oneOf still holds the request
    to exactly one member, tag included."""
    if isinstance(node, list):
        return [implicit_discriminators(item) for item in node]
    if not isinstance(node, dict):
        return node
    members = node.get("oneOf") or node.get("anyOf") or []
    drop = (
        "discriminator" in node
        and "mapping" not in node["discriminator"]
        and members
        and not any("$ref" in member for member in members)
    )
    return {
        key: implicit_discriminators(value)
        for key, value in node.items()
        if not (drop and key == "discriminator")
    }


def check(package: str, document: Any) -> tuple[int, list[str]]:
    """Call every operation of `package`; (how many were called, what failed)."""
    openapi = OpenAPI.from_dict(implicit_discriminators(document), config=_config())
    server_url = document["servers"][0]["url"]
    specs = spec_operations(document)
    schemes = document.get("components", {}).get("securitySchemes", {})
    failures: list[str] = []
    called = 0
    with FaultServer(respond(200, "{}", content_type="application/json")) as server:
        config = Configuration(host=server.url, api_key=dict.fromkeys(schemes, "tr-key-check"))
        with ApiClient(config) as client:
            for api_class, operation in api_operations(package):
                method_name, path, spec = (
                    specs[operation.name][0],
                    specs[operation.name][1],
                    specs[operation.name][2],
                )
                api = api_class(client)
                method = getattr(api, f"{operation.name}_without_preload_content")
                seen = len(server.requests)
                try:
                    with warnings.catch_warnings():
                        # A deprecated operation warns by design.
                        warnings.simplefilter("ignore", DeprecationWarning)
                        method(**arguments(method, operation, spec, document)).release_conn()
                # Every failure is reported, whatever it is.
                except Exception as exc:
                    failures.append(f"{operation.name}: the call failed: {exc!r}")
                    continue
                called += 1
                sent = server.requests[seen:]
                if len(sent) != 1:
                    failures.append(f"{operation.name}: sent {len(sent)} requests")
                    continue
                failures += [
                    f"{operation.name} ({method_name.upper()} {path}): {problem}"
                    for problem in problems(sent[0], openapi, server_url)
                ]
    return called, failures


def _config() -> Any:
    from openapi_core import Config

    # The document's own faults (0.13.0's wrong-type defaults) are spec/validate.py's business;
    # here it is the requests that are checked.
    return Config(spec_validator_cls=None)


def main(argv: list[str]) -> int:
    spec, out, package = argv
    sys.path.insert(0, out)
    document = json.loads(Path(spec).read_text(encoding="utf-8"))
    count = import_all(package)
    print(f"{package}: {count} api and model modules import")
    called, failures = check(package, document)
    for failure in failures:
        print(failure)
    print(f"{package}: {called} operations called, {len(failures)} requests the document refuses")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
