"""What the generated API classes are made of: their base, and the variants of each operation,
built from one definition.

A generated API class writes each operation once: a method with the operation's full signature
whose body only gathers the call (``Call``: the options, and the arguments by where they go),
annotated with what ``x_with_http_info`` returns, under ``@operation``, which says what the
signature cannot: the route, the responses and the spec's marks. From it ``@operation`` makes
the ``Operation`` (``describe``) and the variants: ``x`` (the response's data),
``x.with_http_info`` (the ``ApiResponse``) and ``x.without_preload_content`` (the unread urllib3
response), and where the spec asks for them, ``x.streamed(...)`` (a ``StreamedAnswer``) and
``x.paged(...)`` (an iterator over the items of every page). Each is a plain function that
validates its arguments, as ``validated`` does, under its own name, then hands the call to the
client; ``inspect.signature`` and the type checker see its parameters as the definition's, with
its own return type.
"""

from __future__ import annotations

import functools
import inspect
import types
from collections.abc import Callable, Iterator, Mapping
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
from typing_extensions import ParamSpec, Unpack

from trieve_py_client._operation import Description, Operation, describe
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
    scheme of its spec puts its key in (``class ChunkApi(ApiBase, security_schemes={...})``),
    which the client's configuration learns if it does not know the scheme yet (a package
    generated from another spec names its own)."""

    # Scheme -> header, from the spec's securitySchemes.
    _security_schemes: ClassVar[Mapping[str, str]] = {}

    def __init_subclass__(cls, security_schemes: Mapping[str, str] | None = None) -> None:
        super().__init_subclass__()
        if security_schemes is not None:
            cls._security_schemes = dict(security_schemes)

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client
        known = self.api_client.configuration.security_schemes
        for scheme, header in self._security_schemes.items():
            known.setdefault(scheme, header)


if TYPE_CHECKING:
    from trieve_py_client.paging import PageStyle
    from trieve_py_client.streaming import StreamedAnswer, StreamFormat

    class Call(tuple[Any, ...], Generic[T]):
        """``(options, params, body)`` (``params`` and ``body`` where the operation has them), the
        arguments of ``ApiClient.execute`` after the operation, returned by an operation's
        definition; ``T`` is what ``execute`` returns for it, an ``ApiResponse[...]``."""

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
    """``x``, with its ``Operation`` and the variants made from it as attributes, for the class
    body to name."""

    operation: Operation
    with_http_info: Method[S, P, ApiResponse[T]]
    without_preload_content: Method[S, P, urllib3.BaseHTTPResponse]

    # Looked up on the class, ``x`` keeps its attributes: ``ChunkApi.create_chunk.operation``.
    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Variants[S, P, T]: ...

    @overload
    def __get__(self, instance: S, owner: type[Any]) -> Callable[P, T]: ...

    def streamed(self, fmt: StreamFormat, /) -> Method[S, P, StreamedAnswer]:
        """``x_stream``, for an operation whose answer streams (the spec's ``x-stream``)."""

    def paged(self, style: PageStyle, /) -> Method[S, P, Iterator[Any]]:
        """``x_pages``, for an operation that answers page by page (the spec's ``x-pages``)."""


if TYPE_CHECKING:
    Definition = Callable[Concatenate[S, P], Call[ApiResponse[T]]]


def operation(
    route: str, responses: Callable[[], Mapping[str, Any]], **description: Unpack[Description]
) -> Callable[[Definition[S, P, T]], Variants[S, P, T]]:
    """The operation at ``route`` (``"POST /api/chunk/search"``) whose answers are
    ``responses()`` (status -> type, built on the first call: the types are models, which load
    on first use), as the decorated definition gathers a call of it. See ``describe`` for the
    ``description``; the name is the definition's."""

    def made(definition: Definition[S, P, T]) -> Variants[S, P, T]:
        if not isinstance(definition, types.FunctionType):
            raise TypeError(f"@operation takes a function, not {definition!r}")
        signature = inspect.signature(definition)
        described = describe(signature, definition.__name__, route, responses, description)
        return cast("Variants[S, P, T]", _variants(definition, signature, described))

    return made


def _variants(
    definition: types.FunctionType, signature: inspect.Signature, operation: Operation
) -> Any:
    """``x`` made from ``definition``, with ``operation`` and the other variants as its
    attributes. Each variant's docstring is the definition's, or says what it returns."""
    name = definition.__name__
    info = _argument(signature.return_annotation, "Call")
    data = _argument(info, ApiResponse.__name__)
    summary = (definition.__doc__ or name).split("\n", 1)[0].rstrip(".")
    info_check = validated(_renamed(definition, f"{name}_with_http_info"))
    unread_check = validated(_renamed(definition, f"{name}_without_preload_content"))
    check = validated(_renamed(definition, name))

    # One function per variant, each returning what its annotation says.
    def x(api: Any, *args: Any, **kwargs: Any) -> Any:
        return api.api_client.execute(operation, *check(api, *args, **kwargs)).data

    def with_http_info(api: Any, *args: Any, **kwargs: Any) -> Any:
        return api.api_client.execute(operation, *info_check(api, *args, **kwargs))

    def without_preload_content(api: Any, *args: Any, **kwargs: Any) -> Any:
        return api.api_client.send(operation, *unread_check(api, *args, **kwargs)).response

    # The helpers' modules are imported by the few operations that have them.
    def streamed(fmt: StreamFormat) -> Any:
        from trieve_py_client.streaming import StreamedAnswer  # noqa: PLC0415

        stream_check = validated(_renamed(definition, f"{name}_stream"))

        def stream(api: Any, *args: Any, **kwargs: Any) -> StreamedAnswer:
            call = stream_check(api, *args, **kwargs)
            client: ApiClient = api.api_client
            body = call[2] if len(call) > 2 else None
            return StreamedAnswer.open(
                client, operation, fmt, body, lambda: client.send(operation, *call)
            )

        doc = (
            f"{summary}, streamed: a `StreamedAnswer` to iterate for the text as it arrives,\n"
            "with the response's status and headers (see docs/Streaming.md)."
        )
        return _dressed(stream, definition, f"{name}_stream", signature, StreamedAnswer, doc)

    def paged(style: PageStyle) -> Any:
        from trieve_py_client.paging import pages  # noqa: PLC0415

        body = next((p for p in _arguments(signature) if p not in operation.params_by_name), None)

        def paging(api: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            # By name, as `pages` moves one argument on from page to page.
            arguments = signature.bind(api, *args, **kwargs).arguments
            options = arguments.pop(_options(signature), {})
            arguments.pop(next(iter(signature.parameters)))
            return pages(getattr(api, name), style, {**arguments, **options}, body)

        doc = (
            f"{summary}, page after page: yields the items, fetching each page when the one\n"
            "before is used up (see docs/Paging.md)."
        )
        return _dressed(paging, definition, f"{name}_pages", signature, Iterator[Any], doc)

    made = _dressed(x, definition, name, signature, data, definition.__doc__)
    made.operation = operation
    made.streamed = streamed
    made.paged = paged
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
    return made


def _arguments(signature: inspect.Signature) -> list[str]:
    """The names of the parameters a call may give by position, ``self`` left out."""
    kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
    return [p.name for p in signature.parameters.values() if p.kind is kind][1:]


def _options(signature: inspect.Signature) -> str:
    """The name of the ``**options`` parameter."""
    kind = inspect.Parameter.VAR_KEYWORD
    return next(p.name for p in signature.parameters.values() if p.kind is kind)


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
