"""How ``api/`` describes operations to the client: each operation as data, the per-call
options every variant takes, and argument validation before anything is sent."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Optional, TypeVar, Union

import urllib3
from pydantic import Field, InstanceOf, StrictFloat, StrictInt, StrictStr, validate_call
from pydantic import ValidationError as PydanticValidationError
from pydantic import with_config as pydantic_config
from pydantic_core import InitErrorDetails, PydanticCustomError
from typing_extensions import ParamSpec, TypedDict

from trieve_py_client.exceptions import REDACTED, redact_text

PositiveSeconds = Annotated[StrictFloat, Field(gt=0, allow_inf_nan=False)]
RequestTimeout = Union[
    None, PositiveSeconds, tuple[PositiveSeconds, PositiveSeconds], InstanceOf[urllib3.Timeout]
]
# Options whose values are credentials: a validation error must not quote them.
_SECRET_OPTIONS = frozenset({"_request_auth", "_headers"})


@pydantic_config({"extra": "forbid"})
class RequestOptions(TypedDict, total=False):
    """The per-call options every operation variant takes; the README's "Per-call options"
    section describes them. A misspelt option name is rejected, not ignored."""

    _request_timeout: RequestTimeout
    _request_auth: Optional[dict[StrictStr, Any]]
    _content_type: Optional[StrictStr]
    _headers: Optional[dict[StrictStr, Any]]
    _host_index: Optional[Annotated[StrictInt, Field(ge=0)]]


@dataclass(frozen=True)
class Operation:
    """One API operation as data: what ``UserApi`` hands the client for every call."""

    method: str
    path: str
    responses: Mapping[str, Any]
    content_type: Optional[str] = None
    accept: str = "application/json"
    auth: tuple[str, ...] = ("ApiKey",)


P = ParamSpec("P")
R = TypeVar("R")


def validated(func: Callable[P, R]) -> Callable[P, R]:
    """pydantic's ``validate_call``, with each error located by parameter name, not position,
    and without quoting a credential.

    The validator is built on the first call, not at import: building twelve of them would
    make ``import trieve_py_client`` slower for every user, most of whom call two or three.
    """
    checked: Optional[Callable[P, R]] = None

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        nonlocal checked
        if checked is None:
            checked = validate_call(func)
        try:
            return checked(*args, **kwargs)
        except PydanticValidationError as exc:
            error = _located_by_name(exc, tuple(inspect.signature(func).parameters))
        # Outside the except block, so that pydantic's own error, which quotes every input, is
        # not kept as the context.
        raise error

    return wrapper


def _located_by_name(
    exc: PydanticValidationError, names: tuple[str, ...]
) -> PydanticValidationError:
    details: list[InitErrorDetails] = []
    for error in exc.errors(include_url=False):
        loc = error["loc"]
        if loc and isinstance(loc[0], int) and loc[0] < len(names):
            loc = (names[loc[0]], *loc[1:])
        given = error["input"]
        if loc and loc[0] in _SECRET_OPTIONS:
            given = REDACTED
        elif isinstance(given, str):
            given = redact_text(given)
        # The message is already rendered; braces in it must not be read as placeholders.
        message = error["msg"].replace("{", "{{").replace("}", "}}")
        details.append(
            {"type": PydanticCustomError(error["type"], message), "loc": loc, "input": given}
        )
    return PydanticValidationError.from_exception_data(exc.title, details)
