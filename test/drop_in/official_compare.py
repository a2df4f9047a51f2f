"""What differs between our client and the official one: the requests the same cases sent, and
the public surfaces, as findings with stable keys that ``official_differences`` may allow.

A key names what differs, most general part first: ``wire <operation> <case> header accept``,
``surface method UserApi.set_user_api_key missing``. Nothing is normalized but what cannot be
the same in two processes: the Host header's port (each process has its own recording server)
and Content-Length, which each request is checked against on its own side instead.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

MISSING = "<missing>"


@dataclass(frozen=True)
class Finding:
    key: str
    ours: str
    official: str

    def __str__(self) -> str:
        return f"{self.key}\n    ours:     {self.ours}\n    official: {self.official}"


def compare_wire(ours: list[dict[str, Any]], official: list[dict[str, Any]]) -> list[Finding]:
    """Findings for each case, given both sides' results in the same order."""
    findings = []
    for mine, theirs in zip(ours, official, strict=True):
        assert mine["id"] == theirs["id"]
        findings += _case(mine, theirs)
    return findings


def _case(mine: dict[str, Any], theirs: dict[str, Any]) -> list[Finding]:
    prefix = f"wire {mine['id']}"
    if len(mine["requests"]) != 1 or len(theirs["requests"]) != 1:
        return [Finding(f"{prefix} sent", _sent(mine), _sent(theirs))]
    a, b = _request(mine["requests"][0]), _request(theirs["requests"][0])
    found = []
    for part in ("method", "path"):
        if a[part] != b[part]:
            found.append(Finding(f"{prefix} {part}", a[part], b[part]))
    if a["query"] != b["query"]:
        same = parse_qsl(a["query"], keep_blank_values=True) == parse_qsl(
            b["query"], keep_blank_values=True
        )
        kind = "query encoding" if same else "query"
        found.append(Finding(f"{prefix} {kind}", a["query"], b["query"]))
    for name in sorted(a["headers"].keys() | b["headers"].keys()):
        mine_value = a["headers"].get(name, MISSING)
        their_value = b["headers"].get(name, MISSING)
        if mine_value != their_value:
            found.append(Finding(f"{prefix} header {name}", mine_value, their_value))
    found += _bodies(prefix, a["body"], b["body"])
    return found


def _sent(result: dict[str, Any]) -> str:
    count = len(result["requests"])
    return f"{count} requests" + (f"; {result['error']}" if result["error"] else "")


def _request(described: dict[str, Any]) -> dict[str, Any]:
    path, _, query = described["target"].partition("?")
    body = base64.b64decode(described["body"])
    headers: dict[str, str] = {}
    for name, value in described["headers"]:
        lowered = name.lower()
        assert lowered not in headers, f"{name} sent twice"
        headers[lowered] = value
    length = headers.pop("content-length", "0")
    assert int(length) == len(body), f"Content-Length {length} for {len(body)} bytes"
    headers["host"] = headers["host"].rpartition(":")[0] + ":<port>"
    return {
        "method": described["method"],
        "path": path,
        "query": query,
        "headers": headers,
        "body": body,
    }


def _bodies(prefix: str, mine: bytes, theirs: bytes) -> list[Finding]:
    if mine == theirs:
        return []
    try:
        a, b = json.loads(mine), json.loads(theirs)
    except ValueError:
        return [Finding(f"{prefix} body", repr(mine), repr(theirs))]
    found = list(_json(f"{prefix} body ", a, b))
    if not found:  # the same JSON document, written differently
        return [Finding(f"{prefix} body text", mine.decode(), theirs.decode())]
    return found


def _json(prefix: str, a: Any, b: Any, pointer: str = "") -> Any:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in b:
            if key not in a:
                kind = "null only in official" if b[key] is None else "only in official"
                yield Finding(f"{prefix}{pointer}/{key} {kind}", MISSING, json.dumps(b[key]))
        for key in a:
            if key not in b:
                yield Finding(f"{prefix}{pointer}/{key} only in ours", json.dumps(a[key]), MISSING)
            else:
                yield from _json(prefix, a[key], b[key], f"{pointer}/{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            yield from _json(prefix, x, y, f"{pointer}/{index}")
    elif type(a) is not type(b) or a != b:
        yield Finding(f"{prefix}{pointer or '/'} value", json.dumps(a), json.dumps(b))


VARIANTS = ("", "_with_http_info", "_without_preload_content")


def operations_of(surface: dict[str, Any]) -> dict[str, str]:
    """Each operation (a method with its two variants) of a surface, with its API class."""
    return {
        method: api
        for api, methods in surface["apis"].items()
        for method in methods
        if all(f"{method}{variant}" in methods for variant in VARIANTS)
    }


def compare_surface(ours: dict[str, Any], official: dict[str, Any]) -> list[Finding]:
    """Findings for every official name ours lacks or has otherwise.

    Until our spec holds every official operation, only what it holds is compared: the API
    classes with an operation in common, those operations, and the models both have.
    """
    compared = operations_of(official).keys() & operations_of(ours).keys()
    whole = compared == operations_of(official).keys()
    apis = set(official["apis"]) if whole else {operations_of(official)[op] for op in compared}
    models = set(official["models"]) if whole else set(official["models"]) & set(ours["models"])
    scope = apis | models
    other = set(official["root"]) - set(official["apis"]) - set(official["models"])
    found = [
        Finding(f"surface root {name} missing", MISSING, name)
        for name in sorted((scope | other) & set(official["root"]) - set(ours["root"]))
    ]
    for part, names in (("api", apis), ("models", models)):
        modules = f"{part.removesuffix('s')}_modules"
        found += _modules(part, ours[modules], official[modules], names)
    for api in sorted(apis):
        methods = (
            {f"{op}{v}" for op in compared if operations_of(official)[op] == api for v in VARIANTS}
            if not whole
            else set(official["apis"][api])
        )
        found += _api(api, ours["apis"].get(api), official["apis"][api], methods)
    for model in sorted(models):
        found += _model(model, ours["models"].get(model), official["models"][model])
    return found


def _modules(
    part: str, ours: dict[str, list[str]], official: dict[str, list[str]], names: set[str]
) -> list[Finding]:
    found = []
    for module, classes in sorted(official.items()):
        wanted = sorted(set(classes) & names)
        have = sorted(set(ours.get(module, [])) & set(wanted))
        if wanted and have != wanted:
            found.append(
                Finding(f"surface {part}.{module} classes", ", ".join(have), ", ".join(wanted))
            )
    return found


def _api(
    api: str, ours: dict[str, Any] | None, official: dict[str, Any], methods: set[str]
) -> list[Finding]:
    if ours is None:
        return [Finding(f"surface api {api} missing", MISSING, api)]
    found = []
    for method in sorted(methods):
        key = f"surface method {api}.{method}"
        if method not in ours:
            found.append(Finding(f"{key} missing", MISSING, method))
            continue
        mine, theirs = ours[method], official[method]
        if mine["returns"] != theirs["returns"]:
            found.append(Finding(f"{key} returns", mine["returns"], theirs["returns"]))
        found += _parameters(key, mine["parameters"], theirs["parameters"])
    return found


def _parameters(key: str, ours: list[list[str]], official: list[list[str]]) -> list[Finding]:
    names = [p[0] for p in ours]
    if names != [p[0] for p in official]:
        return [Finding(f"{key} parameters", ", ".join(names), ", ".join(p[0] for p in official))]
    found = []
    for (name, kind, default), (_, their_kind, their_default) in zip(ours, official, strict=True):
        if kind != their_kind:
            found.append(Finding(f"{key} parameter {name} kind", kind, their_kind))
        if default != their_default:
            found.append(Finding(f"{key} parameter {name} default", default, their_default))
    return found


def _model(name: str, ours: dict[str, Any] | None, official: dict[str, Any]) -> list[Finding]:
    key = f"surface model {name}"
    if ours is None:
        return [Finding(f"{key} missing", MISSING, name)]
    if ours["kind"] != official["kind"]:
        return [Finding(f"{key} kind", ours["kind"], official["kind"])]
    if official["kind"] != "model":
        detail = "values" if official["kind"] == "enum" else "members"
        if ours[detail] == official[detail]:
            return []
        return [Finding(f"{key} {detail}", json.dumps(ours[detail]), json.dumps(official[detail]))]
    found = []
    mine, theirs = ours["fields"], official["fields"]
    for field in theirs.keys() - mine.keys():
        found.append(Finding(f"{key} field {field} missing", MISSING, json.dumps(theirs[field])))
    for field in mine.keys() - theirs.keys():
        found.append(Finding(f"{key} field {field} only in ours", json.dumps(mine[field]), MISSING))
    for field in sorted(mine.keys() & theirs.keys()):
        for aspect in ("alias", "required", "type"):
            if mine[field][aspect] != theirs[field][aspect]:
                found.append(
                    Finding(
                        f"{key} field {field} {aspect}",
                        str(mine[field][aspect]),
                        str(theirs[field][aspect]),
                    )
                )
    return sorted(found, key=lambda finding: finding.key)
