"""What the generator needs to know about a document beyond what it says: which schemas form
a cycle, which property names the generator keeps as they are, which names would clash with
the package's own, and where an operation differs from the defaults.

    python3 spec/generator_input.py SPEC FOLDER

reads the OpenAPI document SPEC and prints the path the generator should read: SPEC itself
when nothing needs marking, else a copy written into FOLDER with `"x-py-cycle": true` on each
schema that refers to itself, directly or through others (through properties, items, maps and
unions alike), and `"x-py-plain-name": true` on each property whose JSON name is the field's
name (lower-case snake case, no word the generator renames; a bare `$ref` is wrapped in an
`allOf` to carry the mark). The model
template writes cyclic models with postponed annotations and their models imported last, and
an alias only for a property without the plain-name mark (see templates/README.md); each
operation that differs from `@operation`'s defaults carries `x-py-operation`
(spec/operation_marks.py). Nothing else in the copy differs: no correction, no other extension.

    python3 spec/generator_input.py --name-mappings SPEC

prints the generator's `--model-name-mappings` argument for the schemas whose class name would
clash with a name the package's root or its modules hold (`Configuration`, `Field`, ...), each
renamed `Model<Name>`, the generator's own renaming for a Python reserved word (`Base64` becomes
`ModelBase64`); nothing when none clash.

The standard library only, like spec/build.py.
"""

from __future__ import annotations

import argparse
import json
import keyword
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from operation_marks import mark_operations

HERE = Path(__file__).resolve().parent
SCHEMA_REF = "#/components/schemas/"
MARK = "x-py-cycle"
PLAIN = "x-py-plain-name"
# A property whose JSON name the generator keeps as the field's name: lower-case snake case,
# and none of the words it renames (Python's keywords, and the names it reserves for its own
# code, typing and pydantic: `schema`, `json`, `copy`, ...). Any other name keeps its alias.
PLAIN_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
RENAMED = frozenset(keyword.kwlist) | frozenset(
    {
        "all_params", "resource_path", "path_params", "query_params", "header_params",
        "form_params", "local_var_files", "body_params", "auth_settings", "property",
        # `field` is reserved too, but openapi-generator-config.yaml maps it back to `field`.
        "schema", "base64", "json", "date", "float", "print", "exec", "self",
        # pydantic's BaseModel attributes, which a field may not shadow
        "construct", "copy", "dict", "fields", "model_config", "model_fields",
        "parse_file", "parse_obj", "parse_raw", "schema_json", "update_forward_refs", "validate",
    }
)  # fmt: skip

# Names the generated package's root exports from the core, and names its generated modules
# import (templates/*.mustache): a model of the same name would shadow them or be shadowed.
# test/generated/test_templates.py checks that every capitalized name the fixture's generated modules
# import is here.
OWN_NAMES = frozenset(
    # The core's names the package root re-exports, as its template lists them.
    re.findall(
        r'"(\w+)": "\{\{corePackage\}\}\.',
        (HERE.parent / "templates" / "__init__package.mustache").read_text(encoding="utf-8"),
    )
) | frozenset(
    {
        # What the generated modules import.
        "Annotated",
        "Any",
        "AnyJson",
        "ApiBase",
        "Call",
        "Enum",
        "Field",
        "Ge",
        "Gt",
        "Int32",
        "Int64",
        "JsonObject",
        "Le",
        "Literal",
        "Lt",
        "MaxLen",
        "MinLen",
        "OneOfModel",
        "PageStyle",
        "RequestOptions",
        "SentModel",
        "StreamFormat",
        "StrictBool",
        "StrictFloat",
        "StrictInt",
        "StrictStr",
        "Tag",
        "TrieveModel",
        "Unpack",
        "UuidList",
        "UuidParam",
        "UuidStr",
        "NULLABLE",
        "SECRET",
        "TYPE_CHECKING",
    }
)


def refs(node: Any) -> Iterator[str]:
    """The schema names every `$ref` within `node` names."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            yield ref[len(SCHEMA_REF) :]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def cyclic(schemas: dict[str, Any]) -> set[str]:
    """The schemas that can reach themselves through `$ref`s: Tarjan's strongly connected
    components, iteratively (a long chain of schemas must not exhaust Python's stack)."""
    edges = {name: sorted(set(refs(schema)) & schemas.keys()) for name, schema in schemas.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[str] = set()
    for root in schemas:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            name, at = work.pop()
            if at == 0:
                index[name] = low[name] = len(index)
                stack.append(name)
                on_stack.add(name)
            if at < len(edges[name]):
                work.append((name, at + 1))
                nxt = edges[name][at]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[name] = min(low[name], index[nxt])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[name])
            if low[name] == index[name]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == name:
                        break
                if len(component) > 1 or name in edges[name]:
                    found.update(component)
    return found


def class_name(schema_name: str) -> str:
    """The generator's class name for a schema name, for the names compared here: its words
    (split at anything not a letter or digit) each capitalized."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", schema_name))


def clashing(document: Any) -> list[str]:
    """The schema names whose class would clash with a name of the package (`OWN_NAMES`, or an
    API class, `<Tag>Api`)."""
    schemas = document.get("components", {}).get("schemas", {})
    tags = {
        tag
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
        for tag in operation.get("tags", ["default"])
    }
    taken = OWN_NAMES | {class_name(tag) + "Api" for tag in tags}
    return sorted(name for name in schemas if class_name(name) in taken)


def mark(schema: Any) -> None:
    """Mark a cyclic schema and every schema within it that the generator makes a model of
    its own (an inline object or union: `ExpressionType`'s members are such models, and they
    refer back to it)."""
    if isinstance(schema, dict):
        if "properties" in schema or "oneOf" in schema or "anyOf" in schema:
            schema[MARK] = True
        for value in schema.values():
            mark(value)
    elif isinstance(schema, list):
        for value in schema:
            mark(value)


def is_plain(name: str) -> bool:
    """Whether the generator keeps `name` as the Python name of a field or parameter."""
    return bool(PLAIN_NAME.fullmatch(name)) and name not in RENAMED


def mark_plain_names(node: Any) -> bool:
    """Mark each property whose field keeps its JSON name (`PLAIN`), so that its model writes no
    alias for it; whether any was marked. OpenAPI 3.0 ignores what stands beside a `$ref`, the
    generator included, so a property that is a bare `$ref` becomes `allOf: [$ref]`, the same
    type to the generator, with the mark beside it."""
    found = False
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                if is_plain(name) and isinstance(schema, dict):
                    marked = {"allOf": [schema]} if "$ref" in schema else schema
                    marked[PLAIN] = True
                    properties[name] = marked
                    found = True
        for value in node.values():
            found = mark_plain_names(value) or found
    elif isinstance(node, list):
        for value in node:
            found = mark_plain_names(value) or found
    return found


def marked(document: Any) -> Any | None:
    """The document with its cyclic schemas and plain property names marked, or None when
    there is nothing to mark."""
    schemas = document.get("components", {}).get("schemas", {})
    names = cyclic(schemas)
    for name in sorted(names):
        mark(schemas[name])
        schemas[name][MARK] = True
    plain = mark_plain_names(schemas)
    operations = mark_operations(document, is_plain)
    return document if names or plain or operations else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--name-mappings", action="store_true", help="print the name mappings")
    parser.add_argument("spec", type=Path)
    parser.add_argument("folder", type=Path, nargs="?")
    args = parser.parse_args(argv)
    document = json.loads(args.spec.read_text(encoding="utf-8"))
    if args.name_mappings:
        names = clashing(document)
        if names:
            sys.stdout.write(
                "--model-name-mappings "
                + ",".join(f"{name}=Model{class_name(name)}" for name in names)
                + "\n"
            )
        return 0
    if args.folder is None:
        parser.error("FOLDER is required to write the marked copy")
    result = marked(document)
    if result is None:
        sys.stdout.write(f"{args.spec}\n")
        return 0
    args.folder.mkdir(parents=True, exist_ok=True)
    copy = args.folder / args.spec.name
    copy.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.stdout.write(f"{copy}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
