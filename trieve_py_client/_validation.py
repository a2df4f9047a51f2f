"""Arguments validated before anything is sent, with errors that name the parameter the user
wrote and never quote a credential."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar, get_type_hints

from pydantic import TypeAdapter, validate_call
from pydantic import ValidationError as PydanticValidationError
from typing_extensions import ParamSpec

from trieve_py_client._model_errors import rebuilt

P = ParamSpec("P")
R = TypeVar("R")


def validated(func: Callable[P, R]) -> Callable[P, R]:
    """pydantic's ``validate_call``, with each error located by parameter name, not position,
    and without quoting a credential.

    A call that gives its arguments by position and no option, as most calls do, has them
    checked by one validator of the same schemas (one per number of arguments given; a
    default left out is not checked, as ``validate_call`` checks none), without
    ``validate_call``'s machinery around it, and with the same errors. The validators are
    built on first use, not at import: building them all would make ``import
    trieve_py_client`` slower for every user, most of whom call two or three operations.
    """
    checked: Callable[P, R] | None = None
    types: tuple[Any, ...] = ()
    required, most = 0, -1  # how many positional arguments a call may give; -1: no fast path
    by_count: dict[int, Callable[[tuple[Any, ...]], tuple[Any, ...]]] = {}
    unchecked: Callable[..., R] = func  # what the fast path calls, with checked values

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        nonlocal checked, types, required, most
        if checked is None:
            checked = validate_call(func)
            types, required, most = _positional_types(func)
        try:
            given_count = len(args)
            if not kwargs and required <= given_count <= most:
                validate = by_count.get(given_count)
                if validate is None:
                    validate = by_count[given_count] = _tuple_validator(types[:given_count])
                # Its error is validate_call's, word for word, and is raised as it is: checking
                # again would meet a generator argument already used up, and pass it empty.
                return unchecked(*validate(args))
            return checked(*args, **kwargs)
        except PydanticValidationError as exc:
            error = _located_by_name(exc, _positional_names(func), func.__name__, func)
        # Outside the except block, so that pydantic's own error, which quotes every input, is
        # not kept as the context.
        raise error

    return wrapper


def _positional_types(func: Callable[..., object]) -> tuple[tuple[Any, ...], int, int]:
    """The annotations of the positional parameters of ``func`` (``Any`` for unannotated
    ones, as ``validate_call`` takes them), how many have no default, and how many there are;
    -1 for the last when its calls are for ``validate_call`` alone (keyword-only parameters,
    say)."""
    parameters = inspect.signature(func).parameters.values()
    kinds = {parameter.kind for parameter in parameters}
    if not kinds <= {inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.VAR_KEYWORD}:
        return (), 0, -1
    hints = get_type_hints(func, include_extras=True)
    names = _positional_names(func)
    required = sum(
        parameter.default is inspect.Parameter.empty
        for parameter in parameters
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    )
    return tuple(hints.get(name, Any) for name in names), required, len(names)


def _tuple_validator(types: tuple[Any, ...]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """One pydantic-core call that validates a tuple of arguments by ``types``; ``tuple``, which
    returns a tuple as it is, when there is nothing to check."""
    if all(annotation is Any for annotation in types):
        return tuple
    adapter: TypeAdapter[tuple[Any, ...]] = TypeAdapter(tuple[types])  # type: ignore[valid-type]
    return adapter.validator.validate_python


def _positional_names(func: Callable[..., object]) -> tuple[str, ...]:
    return tuple(
        name
        for name, parameter in inspect.signature(func).parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    )


def _located_by_name(
    exc: PydanticValidationError, names: tuple[str, ...], title: str, func: Callable[..., object]
) -> PydanticValidationError:
    """``exc`` with each error located by parameter name, an unknown field of a model argument
    explained, and no input kept, let alone shown: a misspelt option, a stray argument or a dict
    given for a model may hold a credential, under any name."""
    hints = get_type_hints(func, include_extras=True)
    errors = exc.errors(include_url=False)
    for error in errors:
        loc = error["loc"]
        if loc and isinstance(loc[0], int) and loc[0] < len(names):
            error["loc"] = (names[loc[0]], *loc[1:])
    return rebuilt(errors, title, lambda loc: (hints.get(str(loc[0])), loc[1:]))
