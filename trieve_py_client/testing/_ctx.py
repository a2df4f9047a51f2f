"""What the content endpoints share: path templates, the request context, role checks and
the dataset a request names.

Roles follow the 0.11.8 extractors (server/src/handlers/auth_handler.rs, `AdminOnly`,
`OwnerOnly`, `LoggedUser`): no organization named by a header means 401, a member below the
role needed means 403 `Forbidden`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._auth import Caller, Refusal, header, resolve_dataset
from ._store import Store
from ._validate import parse_uuid

USER, ADMIN, OWNER = 0, 1, 2


class Answer(Exception):
    """An endpoint's early answer: status and `{"message": text}`."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.text = text


@dataclass
class Ctx:
    """One request as the content endpoints see it."""

    store: Store
    caller: Caller | None
    method: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    params: dict[str, str]
    query: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        """The body as JSON; its shape was checked against the spec before the endpoint."""
        try:
            return json.loads(self.body or b"null")
        except ValueError as exc:
            raise Answer(400, f"Json deserialize error: {exc}") from None

    def header(self, name: str) -> str | None:
        return header(self.headers, name)

    def user(self) -> Caller:
        """`LoggedUser`: any authenticated caller."""
        if self.caller is None:
            raise Refusal(401, "Unauthorized")
        return self.caller

    def header_org(self) -> str | None:
        """The organization the request acts in: its dataset's, else `TR-Organization`'s."""
        dataset = self.dataset_or_none()
        if dataset is not None:
            return dataset[1]
        value = self.header("TR-Organization") or self.header("x-organization")
        return None if value is None else parse_uuid(value)

    def role(self, needed: int) -> Caller:
        """`AdminOnly` / `OwnerOnly`: the role in the request's organization must be enough."""
        caller = self.user()
        org = self.header_org()
        if org is None or org not in caller.roles:
            raise Refusal(401, "Unauthorized")
        if caller.roles[org] < needed:
            raise Refusal(403, "Forbidden")
        return caller

    def dataset_or_none(self) -> tuple[str, str] | None:
        value = self.header("TR-Dataset") or self.header("x-dataset")
        if value is None:
            return None
        org_header = self.header("TR-Organization") or self.header("x-organization")
        return resolve_dataset(self.store, value, org_header)

    def dataset(self) -> str:
        """The id of the dataset the `TR-Dataset` header names (the middleware checked it)."""
        found = self.dataset_or_none()
        if found is None:
            # DatasetAndOrgWithSubAndPlan's extractor when the middleware set no dataset.
            raise Answer(500, "Could not get dataset from request")
        return found[0]


@dataclass(frozen=True)
class Reply:
    """An answer with headers of its own; with `parts`, a stream written part by part
    (chunked, with no Content-Type, as actix-web's `HttpResponse::streaming` sends it)."""

    payload: object = None
    headers: tuple[tuple[str, str], ...] = ()
    parts: tuple[bytes, ...] | None = None


Handler = Callable[[Ctx], tuple[int, object]]
RouteTable = Sequence[tuple[str, str, Handler]]
_SEGMENT = re.compile(r"\{([a-z_]+)\}")


def compile_template(template: str) -> re.Pattern[str]:
    """A path template like /api/chunk/{chunk_id} as a regex of named one-segment groups."""
    # Templates hold only letters, "_", "/" and placeholders: nothing else to escape.
    return re.compile("^" + _SEGMENT.sub(lambda m: f"(?P<{m.group(1)}>[^/]+)", template) + "$")


def page_count(total: int, size: int) -> int:
    """Pages of `size` needed for `total` items (the server's `(count / limit).ceil()`)."""
    return 0 if size <= 0 else (total + size - 1) // size


def uuid_param(ctx: Ctx, name: str) -> str:
    """A path parameter that must be a UUID: actix's 404-free path error is a 400."""
    text = ctx.params[name]
    value = parse_uuid(text)
    if value is None:
        raise Answer(400, f"Path deserialize error: UUID parsing failed: {text!r} is not a UUID")
    return value


def int_param(ctx: Ctx, name: str) -> int:
    text = ctx.params[name]
    if not text.isdigit():
        raise Answer(400, f"Path deserialize error: can not parse {text!r} to a u64")
    return int(text)
