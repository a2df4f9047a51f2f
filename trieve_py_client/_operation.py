"""An operation as data, and the per-call options every variant of it takes."""

from __future__ import annotations

import inspect
import re
import sys
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Generic, Literal, TypeVar, overload

import urllib3
from pydantic import Field, InstanceOf, StrictFloat, StrictInt, StrictStr
from pydantic import with_config as pydantic_config
from typing_extensions import TypedDict

PositiveSeconds = Annotated[StrictFloat, Field(gt=0, allow_inf_nan=False)]
RequestTimeout = (
    PositiveSeconds | tuple[PositiveSeconds, PositiveSeconds] | InstanceOf[urllib3.Timeout] | None
)


@pydantic_config({"extra": "forbid"})
class RequestOptions(TypedDict, total=False):
    """The per-call options every operation variant takes; the README's "Per-call options"
    section describes them. A misspelt option name is rejected, not ignored."""

    _request_timeout: RequestTimeout
    _request_auth: dict[StrictStr, Any] | None
    _content_type: StrictStr | None
    _headers: dict[StrictStr, Any] | None
    _host_index: Annotated[StrictInt, Field(ge=0)] | None


_T = TypeVar("_T")


class _Once(Generic[_T]):
    """``functools.cached_property`` without the lock that Python 3.10 and 3.11 hold around a
    first computation, for every instance: a child forked while a thread of the parent held it
    (say, while the models of an operation were being imported) would wait for it for ever.
    Threads computing the same value at once compute equal ones; the last one stays."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _Once[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object, owner: type | None = None) -> _T | _Once[_T]:
        if instance is None:
            return self
        value = self.func(instance)
        # Into the instance's own dict, past a frozen dataclass's __setattr__, as
        # cached_property does: the next look-up finds it there without calling this.
        instance.__dict__[self.name] = value
        return value


@dataclass(frozen=True)
class Parameter:
    """One path, query or header parameter: the Python name a method takes it by, and the
    name it has on the wire."""

    name: str
    where: Literal["path", "query", "header"]
    wire: str
    # How a list goes into a query: "multi" repeats the name (`a=1&a=2`, OpenAPI's form style
    # with explode, its default), "csv" joins the items with commas (explode: false).
    style: Literal["multi", "csv"] = "multi"


@dataclass(frozen=True)
class Operation:
    """One API operation as data: what an API class hands the client for every call."""

    method: str
    path: str
    # Status -> the type of its body (None for none), or a function that returns that map: the
    # generated operations name their models through a package that imports each on first use,
    # so the map is built on the first call rather than when the API module is imported.
    responses: Mapping[str, Any] | Callable[[], Mapping[str, Any]]
    content_type: str | None = None
    # The media type asked for; a `text/*` response is decoded to `str` by its Content-Type.
    accept: str | None = "application/json"
    # The security schemes whose keys are sent, in the spec's order; empty for none.
    auth: tuple[str, ...] = ("ApiKey",)
    # Parameters other than the body, by the names the generated methods give them.
    params: tuple[Parameter, ...] = ()
    # The body may be left out: nothing, not even a Content-Type, is sent then.
    optional_body: bool = False
    deprecated: bool = False
    # The operation only reads (the spec's `x-read-only`): a POST of it is retried like a GET,
    # and a failure of it never leaves an outcome unknown, since there is nothing to repeat.
    read_only: bool = False
    # A PUT or DELETE that writes again when repeated (the spec's `x-not-idempotent`): it is
    # retried as a POST is, only where nothing was sent, and a failure after sending leaves its
    # outcome unknown.
    not_idempotent: bool = False
    # Seconds the operation may wait for data (the spec's `x-read-timeout`, for one that waits on
    # an LLM): used where the configured read timeout is shorter and no `_request_timeout` given.
    read_timeout: float | None = None
    # The operationId, for the deprecation warning and to find the caller's frame.
    name: str = ""

    @_Once
    def response_types(self) -> Mapping[str, Any]:
        """``responses`` as a map, built once."""
        return self.responses() if callable(self.responses) else self.responses

    @_Once
    def params_by_name(self) -> Mapping[str, Parameter]:
        """``params`` by their Python names, built once: every call looks its arguments up."""
        return {param.name: param for param in self.params}

    @_Once
    def media_headers(self) -> tuple[Mapping[str, str], Mapping[str, str]]:
        """``Accept`` and ``Content-Type`` as a call sends them without options: without a body,
        and with one. Built once: every call starts its headers from them."""
        accept = {"Accept": self.accept} if self.accept else {}
        with_body = {**accept, "Content-Type": self.content_type} if self.content_type else accept
        # An optional body left out goes without a Content-Type: there is nothing to describe.
        return (accept if self.optional_body else with_body), with_body


JSON = "application/json"


class Description(TypedDict, total=False):
    """What ``@operation`` says of an operation beside its route and responses, each only where
    the signature does not say it or the default does not hold: see ``describe``."""

    path: Mapping[str, str]
    headers: Mapping[str, str]
    query: Mapping[str, str]
    csv: tuple[str, ...]
    content_type: str
    accept: str | None
    auth: tuple[str, ...]
    deprecated: bool
    read_only: bool
    not_idempotent: bool
    read_timeout: float


_PLACEHOLDER = re.compile(r"\{([^}]+)\}")
_Where = Literal["path", "query", "header"]


def describe(
    signature: inspect.Signature,
    name: str,
    route: str,
    responses: Callable[[], Mapping[str, Any]],
    description: Description,
) -> Operation:
    """The ``Operation`` of the method ``name`` that ``@operation(route, responses,
    **description)`` describes. What its ``signature`` says is not written again: the route's
    placeholders name its path parameters (``path`` maps the Python name of one that has
    another), ``headers`` and ``query`` map the others' Python names to their wire names, and
    the parameter left is the body (optional where it defaults to None), sent as JSON unless
    ``content_type`` says otherwise. The rest of ``description`` is ``Operation``'s fields, each
    given only where it is not the default."""
    fields: dict[str, Any] = dict(description)
    method, _, path = route.partition(" ")
    renamed: Mapping[str, str] = fields.pop("path", {})
    in_path = [wire for wire in _PLACEHOLDER.findall(path) if wire not in renamed.values()]
    placed: dict[_Where, Mapping[str, str]] = {
        "path": {**{wire: wire for wire in in_path}, **renamed},
        "query": fields.pop("query", {}),
        "header": fields.pop("headers", {}),
    }
    csv = fields.pop("csv", ())
    params = {
        python: Parameter(python, where, wire, "csv" if python in csv else "multi")
        for where, names in placed.items()
        for python, wire in names.items()
    }
    arguments = [
        parameter
        for parameter in signature.parameters.values()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and parameter.name != "self"
    ]
    body = [parameter for parameter in arguments if parameter.name not in params]
    # A generator's slip shows when the class is made: one body at most, no stray name.
    if len(body) > 1 or len(params) + len(body) != len(arguments):
        raise TypeError(f"{name}: {route!r} and {description} do not place its parameters")
    if body:
        fields.setdefault("content_type", JSON)
        fields["optional_body"] = body[0].default is None
    # In the signature's order, which the docs and error messages follow.
    ordered = tuple(params[p.name] for p in arguments if p.name in params)
    return Operation(method, path, responses, params=ordered, name=name, **fields)


# Modules whose frames lie between a user's call and the client: the core and pydantic's
# argument validation.
_INTERNAL = (__name__.rpartition(".")[0] + ".", "pydantic.", "pydantic_core.")


def warn_deprecated(operation: Operation) -> None:
    """Warn that ``operation`` is deprecated, pointing at the line that called it: the frames
    of its variants, of argument validation and of the client are skipped, however many."""
    variants = {operation.name, f"{operation.name}_with_http_info"}
    variants.add(f"{operation.name}_without_preload_content")
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and (
        frame.f_code.co_name in variants
        or frame.f_globals.get("__name__", "").startswith(_INTERNAL)
    ):
        frame = frame.f_back
        level += 1
    label = operation.name or f"{operation.method} {operation.path}"
    warnings.warn(f"{label} is deprecated by the API", DeprecationWarning, stacklevel=level)
