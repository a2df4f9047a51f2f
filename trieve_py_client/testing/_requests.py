"""Every request checked against its operation in the spec, as the real server's extractors
check it: the JSON body, then the path, the query, the dataset or organization the handler
needs, and last the role its `AdminOnly`, `OwnerOnly` or `LoggedUser` argument asks for.

The handlers take their arguments in that order (e.g. `create_dataset(data: web::Json<..>,
.., org: OrganizationWithSubAndPlan, user: OwnerOnly)` in server/src/handlers/
dataset_handler.rs), and actix-web runs the extractors in argument order; a few User
handlers take the user first (see AUTH_FIRST).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from ._auth import Caller, Refusal, header, presented_key
from ._bodies import BodyReader
from ._serde import Reader
from ._serde_errors import SerdeError
from ._spec import Operation, Spec
from ._store import Store
from ._validate import (
    _KINDS,
    BodyError,
    content_type_error,
    is_json_media_type,
    overflow_error,
    parse_uuid,
    uuid_error,
)

# Handlers whose user argument comes before their body: set_user_api_key(user: LoggedUser,
# data: web::Json<SetUserApiKeyRequest>, ..) in server/src/handlers/user_handler.rs.
AUTH_FIRST = frozenset({"set_user_api_key"})
_ROLE_NEEDED = {"admin": 1, "owner": 2}
# The extractor behind a handler's dataset argument, when the middleware found no dataset
# (server/src/handlers/dataset_handler.rs, `impl FromRequest for DatasetAndOrgWithSubAndPlan`).
_NO_DATASET = "Could not get dataset from request"


def read_body(spec: Spec, operation: Operation, body: bytes, content_type: str | None) -> object:
    """The body read as the handler's `web::Json<T>` reads it; BodyError when it is refused."""
    schema = operation.body_schema
    if schema is None:
        return None
    if not is_json_media_type(content_type):
        raise content_type_error()
    if not body and not operation.body_required:
        return None
    reader = Reader(body)
    try:
        value = BodyReader(spec).read(reader, schema)
        reader.end()
    except SerdeError as exc:
        raise BodyError(_KINDS[exc.category], f"Json deserialize error: {exc}") from None
    return value


def check_body(
    spec: Spec,
    operation: Operation,
    body: bytes,
    headers: tuple[tuple[str, str], ...],
    oversize: int | None,
    max_body_bytes: int,
) -> None:
    """Refuse a body the server's JSON extractor refuses (BodyError)."""
    if operation.body_schema is None:
        return
    if not is_json_media_type(header(headers, "Content-Type")):
        raise content_type_error()
    if oversize is not None:
        raise overflow_error(None if oversize < 0 else oversize, max_body_bytes)
    read_body(spec, operation, body, header(headers, "Content-Type"))


def _rust_integer(schema: Mapping[str, Any]) -> str:
    width = "32" if schema.get("format") == "int32" else "64"
    return ("u" if schema.get("minimum", -1) >= 0 else "i") + width


def _path_error(value: str, schema: Mapping[str, Any]) -> str | None:
    """actix-web's path deserializer's complaint about one segment, or None."""
    if schema.get("format") == "uuid" and parse_uuid(value) is None:
        return f"UUID parsing failed: {uuid_error(value)}"
    if schema.get("type") == "integer":
        rust = _rust_integer(schema)
        digits = value[1:] if value.startswith(("-", "+")) else value
        unsigned = rust.startswith("u") and value.startswith("-")
        if not (digits.isascii() and digits.isdigit()) or unsigned:
            return f'can not parse "{value}" to a {rust}'
    return None


def _query_error(value: str, schema: Mapping[str, Any]) -> str | None:
    """serde_urlencoded's complaint about one query value, or None."""
    if schema.get("format") == "uuid" and parse_uuid(value) is None:
        return f"UUID parsing failed: {uuid_error(value)}"
    if schema.get("type") == "integer":
        digits = value[1:] if value.startswith(("-", "+")) else value
        if not (digits.isascii() and digits.isdigit()):
            return "invalid digit found in string"
    if schema.get("type") == "boolean" and value not in ("true", "false"):
        return "provided string was not `true` or `false`"
    return None


def check_parameters(operation: Operation, path_params: Mapping[str, str], query: str) -> None:
    """Refuse a path or query the handler's `web::Path` or `web::Query` refuses (Refusal)."""
    for parameter in operation.parameters:
        if parameter.location != "path":
            continue
        problem = _path_error(path_params.get(parameter.name, ""), parameter.schema)
        if problem is not None:
            raise Refusal(400, f"Path deserialize error: {problem}")
    sent = dict(parse_qsl(query, keep_blank_values=True))
    for parameter in operation.parameters:
        if parameter.location != "query":
            continue
        value = sent.get(parameter.name)
        if value is None:
            if parameter.required:
                raise Refusal(400, f"Query deserialize error: missing field `{parameter.name}`")
            continue
        problem = _query_error(value, parameter.schema)
        if problem is not None:
            raise Refusal(400, f"Query deserialize error: {problem}")


def request_organization(store: Store, headers: tuple[tuple[str, str], ...]) -> str | None:
    """The organization a request acts in: its dataset's, else the one it names."""
    dataset = parse_uuid(header(headers, "TR-Dataset") or header(headers, "x-dataset") or "")
    if dataset is not None:
        found = store.dataset_organization(dataset)
        if found is not None:
            return found
    org = header(headers, "TR-Organization") or header(headers, "x-organization") or ""
    return parse_uuid(org)


def check_caller(
    store: Store,
    operation: Operation,
    caller: Caller | None,
    headers: tuple[tuple[str, str], ...],
    admin_api_key: str | None,
) -> None:
    """Refuse a caller the handler's extractors refuse: the dataset or organization it needs
    (500, as the server's extractor fails so), no user (401), no role in the organization
    the request names (401) or too low a role there (403)."""
    needs_dataset = any(p.name == "TR-Dataset" and p.required for p in operation.parameters)
    sent = header(headers, "TR-Dataset") or header(headers, "x-dataset")
    if needs_dataset and sent is None:
        raise Refusal(500, _NO_DATASET)
    role = operation.role
    if role is None:
        return
    if role == "X-API-KEY":
        # get_metrics compares the header with ADMIN_API_KEY.
        sent = header(headers, "X-API-KEY")
        if admin_api_key is None or sent != admin_api_key:
            raise Refusal(401, "Unauthorized")
        return
    if caller is None:
        raise Refusal(401, "Unauthorized")
    needed = _ROLE_NEEDED.get(role)
    if needed is None:
        return
    org = request_organization(store, headers)
    if org is None or org not in caller.roles:
        # No OrganizationRole in the request's extensions: the extractor says Unauthorized.
        raise Refusal(401, "Unauthorized")
    if caller.roles[org] < needed:
        raise Refusal(403, "Forbidden")


def has_key(headers: tuple[tuple[str, str], ...]) -> bool:
    """Whether any key was presented (for the order of checks of AUTH_FIRST handlers)."""
    return presented_key(headers) is not None
