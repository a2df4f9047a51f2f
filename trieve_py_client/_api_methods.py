"""What the generated API classes are made of: their base, and the three variants of each
operation, built from one definition.

A generated API class writes each operation once: a method with the operation's full signature
whose body only gathers the call (``Call``: the operation, the options and the arguments by
where they go), annotated with what ``x_with_http_info`` returns. ``variants`` makes from it
``x`` (the response's data), ``x.with_http_info`` (the ``ApiResponse``) and
``x.without_preload_content`` (the unread urllib3 response), each a plain function that
validates its arguments, as ``validated`` does, under its own name, then hands the call to the
client. ``inspect.signature`` and the type checker see each variant's
parameters as the definition's and its own return type.
"""

from __future__ import annotations

import functools
import inspect
import types
from collections.abc import Callable
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Concatenate,
    Generic,
    Protocol,
    TypeVar,
    cast,
    overload,
)

import urllib3
from typing_extensions import ParamSpec

from trieve_py_client.api_client import ApiClient, validated
from trieve_py_client.api_response import ApiResponse

P = ParamSpec("P")
T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)
S = TypeVar("S", bound="HasClient")
S_contra = TypeVar("S_contra", bound="HasClient", contravariant=True)


class HasClient(Protocol):
    """What the variants need of the API object they are called on."""

    api_client: ApiClient


class ApiBase:
    """An API class: the client its operations are sent with, and the header each apiKey
    scheme of its spec puts its key in, which the client's configuration learns if it does not
    know the scheme yet (a package generated from another spec names its own)."""

    # (scheme, header) pairs, from the spec's securitySchemes.
    _security_schemes: ClassVar[tuple[tuple[str, str], ...]] = ()

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client
        known = self.api_client.configuration.security_schemes
        for scheme, header in self._security_schemes:
            known.setdefault(scheme, header)


if TYPE_CHECKING:

    class Call(tuple[Any, ...], Generic[T]):
        """``(operation, options, params, body)``, the arguments of ``ApiClient.execute``,
        returned by an operation's definition; ``T`` is what ``execute`` returns for it, an
        ``ApiResponse[...]``."""

else:
    # As `typing.NewType` is, `Call` is the identity at run time (`tuple(t)` is `t`): the
    # type it returns exists for the type checker, which reads `T` from it.
    Call = tuple


class Method(Protocol[S_contra, P, R_co]):
    """A variant as the type checker sees it: a function of the API class that, looked up on an
    instance, takes the definition's parameters and returns ``R``."""

    __name__: str

    def __call__(self, api: S_contra, /, *args: P.args, **kwargs: P.kwargs) -> R_co: ...

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Method[S_contra, P, R_co]: ...

    @overload
    def __get__(self, instance: S_contra, owner: type[Any]) -> Callable[P, R_co]: ...


class Variants(Method[S, P, T], Protocol[S, P, T]):
    """``x``, with the two other variants as attributes, for the class body to name."""

    with_http_info: Method[S, P, ApiResponse[T]]
    without_preload_content: Method[S, P, urllib3.BaseHTTPResponse]


def variants(definition: Callable[Concatenate[S, P], Call[ApiResponse[T]]]) -> Variants[S, P, T]:
    """``x`` made from ``definition``, with ``x.with_http_info`` and
    ``x.without_preload_content``. Its docstring is the definition's; the others' say what they
    return."""
    if not isinstance(definition, types.FunctionType):
        raise TypeError(f"variants() takes a function, not {definition!r}")
    name = definition.__name__
    signature = inspect.signature(definition)
    info = _argument(signature.return_annotation, "Call")
    data = _argument(info, ApiResponse.__name__)
    summary = (definition.__doc__ or name).split("\n", 1)[0].rstrip(".")
    info_check = validated(_renamed(definition, f"{name}_with_http_info"))
    unread_check = validated(_renamed(definition, f"{name}_without_preload_content"))
    check = validated(_renamed(definition, name))

    # One function per variant, each returning what its annotation says.
    def x(api: Any, *args: Any, **kwargs: Any) -> Any:
        return api.api_client.execute(*check(api, *args, **kwargs)).data

    def with_http_info(api: Any, *args: Any, **kwargs: Any) -> Any:
        return api.api_client.execute(*info_check(api, *args, **kwargs))

    def without_preload_content(api: Any, *args: Any, **kwargs: Any) -> Any:
        return api.api_client.send(*unread_check(api, *args, **kwargs)).response

    made = _dressed(x, definition, name, signature, data, definition.__doc__)
    made.with_http_info = _dressed(
        with_http_info,
        definition,
        f"{name}_with_http_info",
        signature,
        info,
        f"{summary}, returning status, headers and data.",
    )
    made.without_preload_content = _dressed(
        without_preload_content,
        definition,
        f"{name}_without_preload_content",
        signature,
        # The class itself: a generated module has no name for urllib3 to resolve a string by.
        urllib3.BaseHTTPResponse,
        f"{summary}, returning the unread response.",
    )
    return cast("Variants[S, P, T]", made)


def _argument(annotation: Any, origin: str) -> str:
    """``X`` of the annotation ``origin[X]``, as text: generated modules postpone their
    annotations, and a variant's are resolved, as the definition's, in its module."""
    prefix = f"{origin}["
    if not (
        isinstance(annotation, str) and annotation.startswith(prefix) and annotation[-1] == "]"
    ):
        raise TypeError(
            f"an operation's definition returns 'Call[ApiResponse[...]]', not {annotation!r}"
        )
    return annotation[len(prefix) : -1]


def _renamed(definition: types.FunctionType, name: str) -> Callable[..., Any]:
    """The definition under another name (a copy sharing its code), so that an argument error
    is titled with the name of the variant called."""
    copy = types.FunctionType(
        definition.__code__,
        definition.__globals__,
        name,
        definition.__defaults__,
        definition.__closure__,
    )
    copy.__kwdefaults__ = definition.__kwdefaults__
    copy.__annotations__ = definition.__annotations__
    copy.__module__ = definition.__module__
    copy.__qualname__ = _qualified(definition, name)
    return copy


def _qualified(definition: Callable[..., Any], name: str) -> str:
    """``name`` qualified as the definition is: ``ChunkApi.search_chunks_with_http_info``."""
    return f"{definition.__qualname__.rpartition('.')[0]}.{name}".lstrip(".")


def _dressed(
    function: Callable[..., Any],
    definition: Callable[..., Any],
    name: str,
    signature: inspect.Signature,
    returns: Any,
    doc: str | None,
) -> Any:
    """``function`` named, documented and annotated as the variant ``name``: its signature is
    the definition's with ``returns`` for the return type."""
    functools.update_wrapper(function, definition)
    function.__name__ = name
    function.__qualname__ = _qualified(definition, name)
    function.__doc__ = doc
    function.__annotations__ = {**definition.__annotations__, "return": returns}
    function.__signature__ = signature.replace(return_annotation=returns)  # type: ignore[attr-defined]
    return function
