"""The marks by which the API template writes of an operation only what differs from the
defaults of `@operation` (trieve_py_client/_operation.py, `describe`): a template can test
whether a value is there, not what it is.

On an operation, `x-py-operation` holds what differs: `py_accept`, its first response media
type, and `py_content_type`, its body's, where either is not JSON; `py_auth`, the names of its
security schemes, where they are not `Operation`'s default (`ApiKey` alone); `py_csv`, where a
query array has `explode: false`; `py_path`, where a path parameter's placeholder is not its
Python name, each such parameter marked `x-py-renamed` for the template to list it. (Prefixed:
a name the map lacks, the template looks up in the operation, which has a `path`.)

The standard library only, like spec/build.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

JSON = "application/json"
EXTENSION = "x-py-operation"
RENAMED_MARK = "x-py-renamed"
DEFAULT_AUTH = ["ApiKey"]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operation_marks(
    operation: dict[str, Any], parameters: list[Any], plain: Callable[[str], bool]
) -> dict[str, Any]:
    """What `x-py-operation` holds for `operation`, whose parameters (its path's included) are
    `parameters`, and each of which keeps its name where `plain` says so; the renamed path
    parameters are marked."""
    found: dict[str, Any] = {}
    media = [m for r in operation.get("responses", {}).values() for m in r.get("content", {})]
    if media and media[0] != JSON:
        found["py_accept"] = media[0]
    body = list(operation.get("requestBody", {}).get("content", {}))
    if body and body[0] != JSON:
        found["py_content_type"] = body[0]
    auth = [name for requirement in operation.get("security", []) for name in requirement]
    if auth != DEFAULT_AUTH:
        found["py_auth"] = {"names": auth}
    for parameter in parameters:
        where, name = parameter.get("in"), parameter.get("name", "")
        array = parameter.get("schema", {}).get("type") == "array"
        if where == "query" and array and parameter.get("explode") is False:
            found["py_csv"] = True
        if where == "path" and not plain(name):
            parameter[RENAMED_MARK] = True
            found["py_path"] = True
    return found


def mark_operations(document: Any, plain: Callable[[str], bool]) -> bool:
    """Mark each operation of `document` that differs from the defaults; whether any does."""
    found = False
    for item in document.get("paths", {}).values():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
                marks = operation_marks(operation, parameters, plain)
                if marks:
                    operation[EXTENSION] = marks
                    found = True
    return found
