"""Path, query and header parameters as text: how each value is written, and where each
parameter of an operation goes."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote, urlencode

from pydantic import BaseModel

from trieve_py_client._headers import checked_value, merge_headers
from trieve_py_client._operation import Operation, Parameter, RequestOptions
from trieve_py_client._serialization import JSON_MIME
from trieve_py_client.exceptions import ApiValueError

# Collection formats as generated clients name them, and the separator each joins items with.
_SEPARATORS = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}
# What percent-encoding leaves as it is, whatever the safe characters.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+").fullmatch
# A value that is, or holds between slashes left unencoded by the safe characters, a dot segment.
_DOT_SEGMENT = re.compile(r"(?:^|/)\.\.?(?:/|$)").search


def to_text(value: Any) -> str:
    """One value as a parameter's text: booleans as JSON writes them (``true``), dates and
    datetimes in ISO 8601, enums by their value, objects as JSON."""
    if type(value) is str:  # most values, and ids once validated: no isinstance of a model
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return to_text(value.value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump_json(by_alias=True, exclude_unset=True)
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=to_text)
    return str(value)


def url_query(
    params: list[tuple[str, Any]], collection_formats: Mapping[str, str] | None = None
) -> str:
    """``params`` as a query string (``a=Hello%20World&b=123``), each list written as
    ``query_pairs`` says."""
    return urlencode(query_pairs(params, collection_formats))


def query_pairs(
    params: list[tuple[str, Any]], collection_formats: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """``params`` as (name, text) pairs. A list is written as its collection format says:
    ``multi`` (the default) repeats the name, ``csv``, ``ssv``, ``tsv`` and ``pipes`` join the
    items."""
    formats = collection_formats or {}
    pairs: list[tuple[str, str]] = []
    for name, value in params:
        if not isinstance(value, (list, tuple)):
            pairs.append((name, to_text(value)))
            continue
        style = formats.get(name, "multi")
        if style == "multi":
            pairs.extend((name, to_text(item)) for item in value)
        elif style in _SEPARATORS:
            pairs.append((name, _SEPARATORS[style].join(to_text(item) for item in value)))
        else:
            raise ApiValueError(f"collection_formats[{name!r}]: unknown format {style!r}")
    return pairs


def fill_path(path: str, params: Mapping[str, Any], safe: str) -> str:
    """``path`` with each ``{name}`` replaced by its value, percent-encoded. A value that makes
    a segment ``.`` or ``..`` (alone, or between slashes that ``safe`` leaves as they are) is
    refused: clients and servers resolve it, so the URL would name another route (``..`` after
    ``/api/chunk/tracking_id/`` is ``/api/chunk/``)."""
    for name, value in params.items():
        text = value if type(value) is str else to_text(value)
        # Ids and most values need no encoding; quote would return them as they are.
        if not _UNRESERVED(text):
            text = quote(text, safe=safe)
        if "." in text and _DOT_SEGMENT(text):
            raise ApiValueError(f"path parameter {name!r}: '.' and '..' would change the route")
        path = path.replace(f"{{{name}}}", text)
    return path


def split_params(
    operation: Operation, values: Mapping[str, Any]
) -> tuple[dict[str, Any], list[tuple[str, Any]], dict[str, str], dict[str, str]]:
    """An operation's arguments sorted by where they go, under their wire names: the path
    parameters, the query parameters, the header parameters (as text) and the collection
    format of each list in the query."""
    path: dict[str, Any] = {}
    query: list[tuple[str, Any]] = []
    headers: dict[str, str] = {}
    formats: dict[str, str] = {}
    declared = operation.params_by_name
    for name, value in values.items():
        # An unset optional parameter is not sent: the server applies its own default.
        if value is None:
            continue
        # A name the operation does not declare is a path parameter by its wire name, as
        # hand-built operations give them.
        param = declared.get(name) or Parameter(name, "path", name)
        if param.where == "path":
            path[param.wire] = value
        elif param.where == "query":
            query.append((param.wire, value))
            if isinstance(value, (list, tuple)):
                formats[param.wire] = param.style
        elif isinstance(value, (list, tuple)):
            # OpenAPI's header style is "simple": items joined with commas.
            headers[param.wire] = ",".join(to_text(item) for item in value)
        else:
            headers[param.wire] = to_text(value)
    return path, query, headers, formats


def request_headers(
    operation: Operation, header_params: Mapping[str, str], body: Any, options: RequestOptions
) -> dict[str, str]:
    """The headers an operation sends before credentials, lowest precedence first: ``Accept``
    and ``Content-Type``, its header parameters, then the call's ``_headers``."""
    headers = dict(operation.media_headers[body is not None])
    content_type = options.get("_content_type")
    if content_type:
        checked_value(content_type, "_content_type")
        if body is not None and not JSON_MIME.match(content_type):
            raise ApiValueError(f"_content_type {content_type!r} is not JSON; the body is JSON")
        if body is not None or not operation.optional_body:
            headers["Content-Type"] = content_type
    if header_params:
        merge_headers(headers, header_params, "header parameter")
    extra = options.get("_headers")
    if extra:
        merge_headers(headers, extra, "_headers")
    return headers
