"""How a request is described and assembled: each operation as data, the per-call options
every variant takes, argument validation before anything is sent, and the headers and
credentials that go with it."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Optional, TypeVar, Union, get_type_hints

import urllib3
from pydantic import (
    Field,
    InstanceOf,
    StrictFloat,
    StrictInt,
    StrictStr,
    TypeAdapter,
    validate_call,
)
from pydantic import ValidationError as PydanticValidationError
from pydantic import with_config as pydantic_config
from pydantic_core import InitErrorDetails, PydanticCustomError
from typing_extensions import ParamSpec, TypedDict

from trieve_py_client.exceptions import REDACTED, ApiValueError, redact_text

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

    A call that passes every argument by position and no option, as most calls do, has each
    argument checked by its parameter's own validator, the same pydantic schema that
    ``validate_call`` applies, without the call machinery around it; if one fails, the call is
    validated again by ``validate_call`` for the error it raises. The validators are built on
    the first call, not at import: building them all would make ``import trieve_py_client``
    slower for every user, most of whom call two or three operations.
    """
    checked: Optional[Callable[P, R]] = None
    positional: Optional[tuple[Callable[[Any], Any], ...]] = None

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        nonlocal checked, positional
        if not kwargs:
            if positional is None:
                positional = _positional_validators(func)
            if len(args) == len(positional) + 1:
                values = list(args)
                try:
                    for index, check in enumerate(positional, 1):
                        values[index] = check(values[index])
                except PydanticValidationError:
                    pass  # validate_call below raises the error, located by name
                else:
                    return func(*values)  # type: ignore[arg-type, call-arg]
        if checked is None:
            checked = validate_call(func)
        try:
            return checked(*args, **kwargs)
        except PydanticValidationError as exc:
            error = _located_by_name(exc, _positional_names(func))
        # Outside the except block, so that pydantic's own error, which quotes every input, is
        # not kept as the context.
        raise error

    return wrapper


def _positional_validators(func: Callable[..., Any]) -> tuple[Callable[[Any], Any], ...]:
    """The validator of each parameter of ``func`` after ``self`` that may be passed by
    position; the ``**options`` are not among them."""
    hints = get_type_hints(func, include_extras=True)
    checks = []
    for name in _positional_names(func)[1:]:
        adapter: TypeAdapter[Any] = TypeAdapter(hints[name])
        # Models defer building their schema, and an adapter of one defers with them.
        adapter.rebuild()
        checks.append(adapter.validator.validate_python)
    return tuple(checks)


def _positional_names(func: Callable[..., Any]) -> tuple[str, ...]:
    return tuple(
        name
        for name, parameter in inspect.signature(func).parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    )


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


def apply_auth(
    headers: dict[str, str], queries: list[tuple[str, Any]], setting: Mapping[str, Any]
) -> None:
    """Put one credential setting (``in``, ``key``, ``value``) into the request's headers."""
    try:
        where, key, value = setting["in"], setting["key"], setting["value"]
    except KeyError:
        missing = [field for field in ("in", "key", "value") if field not in setting]
        raise ApiValueError(f"_request_auth lacks {', '.join(missing)}") from None
    if where == "header":
        merge_headers(headers, {key: value})
    elif where == "cookie":
        merge_headers(headers, {"Cookie": value})
    elif where == "query":
        # Trieve takes keys in headers only; a key in a URL is written to every access log,
        # proxy log and urllib3 debug line on its way.
        raise ApiValueError(
            "_request_auth: a key in the query string would be logged; use a header"
        )
    else:
        raise ApiValueError("_request_auth: `in` must be `header` or `cookie`")


def merge_headers(headers: dict[str, str], *extras: Optional[Mapping[str, Any]]) -> None:
    """Set each header of ``extras`` in ``headers``, in order, replacing a header of the same
    name in any case: HTTP header names ignore case, and sending both would let the server
    pick either. Several mappings are merged in one pass, as every request needs."""
    names: Optional[dict[str, str]] = None
    for extra in extras:
        if not extra:
            continue
        if names is None:
            names = {name.lower(): name for name in headers}
        for name, value in extra.items():
            lowered = name.lower()
            previous = names.get(lowered)
            if previous is not None and previous != name:
                del headers[previous]
            headers[name] = value if isinstance(value, str) else str(value)
            names[lowered] = name
