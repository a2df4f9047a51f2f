"""Build openapi.json: the published Trieve document with our corrections applied.

    python3 spec/build.py            # writes openapi.json at the root of the repository
    python3 spec/build.py --derive other.json --output marked.json   # another spec, marked

The published document (spec/trieve-openapi-<version>.json) is kept byte for byte as Trieve
publishes it; spec/corrections.json lists every change we make to it, each with the reason.
This script applies them in order and writes the result; `make spec` runs it, and
`make generate` runs `make spec` first. The standard library only: it runs before any virtual
environment exists. spec/README.md describes the corrections file.

A target is a JSON pointer (RFC 6901: `~1` for `/`, `~0` for `~`) in which a `*` segment stands
for every member of an object or every item of an array, and a `*[key=value]` segment for those
of them that are objects whose member `key` is the string `value` (a parameter by its name, in
every operation that has it). An action:

- `set` puts `value` at the target, replacing what is there or adding the member (the parent
  must exist);
- `merge` merges the object `value` into the object at the target, member by member, objects
  within it merged the same way (the target must exist);
- `remove` deletes the target (which must exist).

An action with a `*` applies wherever its target exists (a `set` too) and must apply somewhere;
an action that changes nothing, or names a place that is not there, is an error: a correction
the published document no longer needs is found, not silently kept.

Then it marks `"x-read-only": true` on each operation that spec/read_only_operations.json lists
under `read_only` (a POST that only reads, found so from the server's handlers, each with its
evidence), `"x-records-event": true` on those of them under `records_event` (each call queues an
analytics event), and `"x-not-idempotent": true` on each operation that
spec/not_idempotent_operations.json lists under `not_idempotent` (a PUT or DELETE whose repeat
writes again), and `"x-read-timeout": <seconds>` on each operation of spec/read_timeouts.json
(one that waits on an LLM completion). Those files are the one lists of them, and naming an operation the document does
not have is an error too. Last it marks `"x-sent": true` on every schema a request may carry
(see `mark_sent`), derived from the document itself.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORRECTIONS = HERE / "corrections.json"
READ_ONLY = HERE / "read_only_operations.json"
NOT_IDEMPOTENT = HERE / "not_idempotent_operations.json"
READ_TIMEOUTS = HERE / "read_timeouts.json"
OUTPUT = HERE.parent / "openapi.json"
# The bundled local server reads the spec at run time, in a compact form of its own (it may
# import nothing of the client): trieve_py_client/testing/spec.json.
SERVER_SPEC = HERE.parent / "trieve_py_client" / "testing" / "spec.json"
OPS = ("set", "merge", "remove")
SELECTOR = re.compile(r"\*\[([^=\]]+)=([^\]]*)\]")


class CorrectionError(ValueError):
    """A correction that cannot be applied as written."""


def parse_pointer(pointer: str) -> list[str]:
    if not pointer.startswith("/"):
        raise CorrectionError(f"{pointer!r} is not a JSON pointer (it must start with '/')")
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]


def child(node: Any, key: str) -> tuple[bool, Any]:
    """(found, value) of member `key` of an object or item `key` of an array."""
    if isinstance(node, dict):
        return (key in node, node.get(key))
    if isinstance(node, list) and key.isdigit() and int(key) < len(node):
        return (True, node[int(key)])
    return (False, None)


def members(node: Any) -> list[str]:
    if isinstance(node, dict):
        return list(node)
    if isinstance(node, list):
        return [str(index) for index in range(len(node))]
    return []


def is_wildcard(part: str) -> bool:
    return part == "*" or SELECTOR.fullmatch(part) is not None


def selected(node: Any, part: str) -> list[str]:
    """The keys one segment names in `node`: every member for `*`, those whose member `key` is
    `value` for `*[key=value]`, else the segment itself."""
    if part == "*":
        return members(node)
    selector = SELECTOR.fullmatch(part)
    if selector is None:
        return [part]
    name, wanted = selector.groups()
    return [
        key
        for key in members(node)
        if isinstance(value := child(node, key)[1], dict) and value.get(name) == wanted
    ]


def places(node: Any, parts: list[str], may_add: bool) -> Iterator[tuple[Any, str]]:
    """(parent, key) of every place `parts` names: wildcard segments expanded over the members
    that exist; the last member may be missing only when `may_add`."""
    head, rest = parts[0], parts[1:]
    for key in selected(node, head):
        found, value = child(node, key)
        if rest and found:
            yield from places(value, rest, may_add)
        elif not rest and (found or (may_add and isinstance(node, dict))):
            yield node, key


def merge(into: dict[str, Any], value: dict[str, Any]) -> None:
    for key, new in value.items():
        old = into.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            merge(old, new)
        else:
            into[key] = copy.deepcopy(new)


def apply(document: Any, action: dict[str, Any]) -> int:
    """Apply one action; returns how many places it changed."""
    target, op = action.get("target"), action.get("op")
    if not isinstance(target, str) or op not in OPS:
        raise CorrectionError(f"an action needs a target and an op of {OPS}: {action}")
    if not str(action.get("why", "")).strip():
        raise CorrectionError(f"{op} {target}: every correction says why")
    if op != "remove" and "value" not in action:
        raise CorrectionError(f"{op} {target}: no value")
    parts = parse_pointer(target)
    may_add = op == "set" and not any(map(is_wildcard, parts))
    found_places = list(places(document, parts, may_add))
    if not found_places:
        raise CorrectionError(f"{op} {target}: there is no such place in the published document")
    changed = 0
    # Removed back to front, so that removing an item does not move the next one.
    for parent, key in reversed(found_places) if op == "remove" else found_places:
        found, before = child(parent, key)
        before = copy.deepcopy(before)
        if op == "remove":
            del parent[int(key) if isinstance(parent, list) else key]
        elif op == "set":
            parent[int(key) if isinstance(parent, list) else key] = copy.deepcopy(action["value"])
        elif isinstance(before, dict) and isinstance(action["value"], dict):
            merge(child(parent, key)[1], action["value"])
        else:
            raise CorrectionError(f"merge {target}: merges an object into an object only")
        if op == "remove" or not found or child(parent, key)[1] != before:
            changed += 1
    if not changed:
        raise CorrectionError(f"{op} {target}: changes nothing in the published document")
    return changed


def mark_read_only(
    document: Any, operation_ids: Iterable[str], extension: str = "x-read-only"
) -> None:
    """Put `extension: true` (`x-read-only` unless said) on the operation of each id."""
    mark(document, extension, dict.fromkeys(operation_ids, True))


def mark(document: Any, extension: str, values: Mapping[str, Any]) -> None:
    """Put `extension: value` on the operation of each id of `values`."""
    operations = {
        operation.get("operationId"): operation
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
    }
    for operation_id, value in values.items():
        if operation_id not in operations:
            raise CorrectionError(f"{extension} {operation_id}: the document has no such operation")
        operations[operation_id][extension] = value


def mark_sent(document: Any) -> None:
    """Put `x-sent: true` on every schema a request may carry: each component schema reachable,
    through `$ref`s at any depth, from a request body or a parameter. The models of these
    refuse what they cannot send (an unknown key, NaN) and check ids; the others are read
    leniently, as a response is."""
    schemas = document.get("components", {}).get("schemas", {})
    found: set[str] = set()
    pending: list[Any] = [
        operation.get(part)
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
        for part in ("requestBody", "parameters")
    ]
    pending.extend(item.get("parameters") for item in document.get("paths", {}).values())
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            name = ref.rpartition("/")[2] if isinstance(ref, str) else ""
            if ref == f"#/components/schemas/{name}" and name in schemas and name not in found:
                found.add(name)
                pending.append(schemas[name])
            pending.extend(node.values())
    for name in found:
        schemas[name]["x-sent"] = True


def build(
    published: Any,
    corrections: list[dict[str, Any]],
    read_only: Iterable[str] = (),
    marks: Iterable[tuple[str, Mapping[str, Any]]] = (),
) -> Any:
    """The corrected document; `marks` holds further (extension, {operation id: value})."""
    document = copy.deepcopy(published)
    for action in corrections:
        apply(document, action)
    mark_read_only(document, read_only)
    for extension, values in marks:
        mark(document, extension, values)
    mark_sent(document)
    return document


# The schema keywords the local server reads; descriptions and examples are left out.
SCHEMA_KEYWORDS = (
    "$ref",
    "type",
    "format",
    "nullable",
    "enum",
    "minimum",
    "maximum",
    "required",
    "allOf",
    "oneOf",
    "anyOf",
    "items",
    "properties",
    "additionalProperties",
    "title",
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def slim_schema(schema: Any) -> Any:
    """A schema with only the keywords the local server reads, recursively."""
    if not isinstance(schema, dict):
        return schema
    slim: dict[str, Any] = {}
    for key in SCHEMA_KEYWORDS:
        if key not in schema:
            continue
        value = schema[key]
        if key in ("allOf", "oneOf", "anyOf"):
            value = [slim_schema(item) for item in value]
        elif key == "properties":
            value = {name: slim_schema(item) for name, item in value.items()}
        elif key in ("items", "additionalProperties"):
            value = slim_schema(value)
        slim[key] = value
    return slim


def _media_schema(holder: Any) -> Any:
    """(media type, slim schema) of a request body or response, or None without content."""
    for media, content in (holder or {}).get("content", {}).items():
        return [media, slim_schema(content.get("schema", {}))]
    return None


def server_spec(document: Any, published: Any) -> Any:
    """What the local server needs: each operation's parameters, body and answers, and the
    role its handler asks for (the scope of its published `ApiKey` requirement, which the
    corrections empty for the client)."""
    operations = []
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            security = published["paths"].get(path, {}).get(method, {}).get("security")
            security = operation.get("security") if security is None else security
            role = None
            for requirement in security or ():
                for scheme, scopes in requirement.items():
                    role = scheme if scheme != "ApiKey" else (scopes or ["readonly"])[0]
            body = operation.get("requestBody")
            operations.append(
                {
                    "id": operation["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "role": role,
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "in": parameter["in"],
                            "required": parameter.get("required", False),
                            "schema": slim_schema(parameter.get("schema", {})),
                        }
                        for parameter in operation.get("parameters", ())
                    ],
                    "body": None
                    if body is None
                    else {"required": body.get("required", False), "media": _media_schema(body)},
                    "responses": {
                        status: _media_schema(response)
                        for status, response in operation["responses"].items()
                    },
                }
            )
    # Schemas as published, which say the server's Rust types: the bounds the corrections add
    # are checks of the client (a role of 0 or 1), not the server's i32. A property the
    # corrections add, which the server reads and the published document lacks, is kept.
    published_schemas = published["components"]["schemas"]
    schemas = {}
    for name, corrected in document["components"]["schemas"].items():
        schema = slim_schema(published_schemas.get(name, corrected))
        for key, value in corrected.get("properties", {}).items():
            schema.get("properties", {}).setdefault(key, slim_schema(value))
        schemas[name] = schema
    return {"version": document["info"]["version"], "operations": operations, "schemas": schemas}


def render_compact(document: Any) -> str:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n"


def render(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the result")
    parser.add_argument(
        "--derive",
        type=Path,
        metavar="SPEC",
        help="write SPEC with only the marks derived from it (x-sent), no correction: what "
        "`make generate SPEC=...` generates another spec's package from",
    )
    parser.add_argument(
        "--server-output",
        type=Path,
        default=SERVER_SPEC,
        help="where to write the local server's compact form of it",
    )
    args = parser.parse_args(argv)
    if args.derive is not None:
        document = json.loads(args.derive.read_text(encoding="utf-8"))
        mark_sent(document)
        args.output.write_text(render(document), encoding="utf-8")
        return 0
    overlay = json.loads(CORRECTIONS.read_text(encoding="utf-8"))
    published = json.loads((HERE / overlay["published"]).read_text(encoding="utf-8"))
    reads = json.loads(READ_ONLY.read_text(encoding="utf-8"))
    writes = json.loads(NOT_IDEMPOTENT.read_text(encoding="utf-8"))
    marks = [
        ("x-records-event", dict.fromkeys(reads.get("records_event", ()), True)),
        ("x-not-idempotent", dict.fromkeys(writes["not_idempotent"], True)),
        ("x-read-timeout", json.loads(READ_TIMEOUTS.read_text(encoding="utf-8"))["read_timeout"]),
    ]
    try:
        document = build(published, overlay["corrections"], reads["read_only"], marks)
    except CorrectionError as exc:
        sys.stderr.write(f"spec/build.py: {exc}\n")
        return 1
    args.output.write_text(render(document), encoding="utf-8")
    args.server_output.write_text(render_compact(server_spec(document, published)), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
