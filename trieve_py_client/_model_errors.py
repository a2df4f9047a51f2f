"""Validation errors as the SDK raises them: an unknown key names the model it was given to and
that model's closest field, and no error keeps or shows an input value, which may be a key
(pydantic's ``hide_input_in_errors`` hides the value after each message, not a tag quoted in
one).

pydantic finds every unknown key (``extra="forbid"`` on the models that are sent, at any depth
and in every union member) and says only "Extra inputs are not permitted"; the model is found
here from the error's location, only when an error is raised.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Callable, Iterable
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, RootModel, Tag
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError

from trieve_py_client._redaction import REDACTED

Loc = tuple[int | str, ...]
T = TypeVar("T")


def explaining(root: Any, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``call(*args, **kwargs)``, which validates a value as ``root``, raising its validation
    error ``explained``."""
    try:
        return call(*args, **kwargs)
    except PydanticValidationError as exc:
        error = explained(exc, root)
    # Outside the except block, so that pydantic's own error, which keeps every input, is not
    # kept as the context.
    raise error


def explained(
    exc: PydanticValidationError, root: Any, title: str | None = None
) -> PydanticValidationError:
    """``exc`` of a value validated as ``root`` (a model class, or any annotation), with each
    unknown key explained and no input kept."""
    return rebuilt(exc.errors(include_url=False), title or exc.title, lambda loc: (root, loc))


def rebuilt(
    errors: Iterable[ErrorDetails],
    title: str,
    located: Callable[[Loc], tuple[Any, Loc]],
) -> PydanticValidationError:
    """A new error of ``errors``, with each message as it was (an unknown key's explained) and
    the input redacted. ``located`` gives, for an error's location, the annotation the value
    there was validated against and the location within it."""
    details: list[InitErrorDetails] = []
    for error in errors:
        loc = error["loc"]
        message = error["msg"]
        if error["type"] == "extra_forbidden" and loc:
            root, inner = located(loc)
            model = model_at(root, inner[:-1])
            if model is not None:
                message = unknown_field_message(model, loc[-1])
        elif error["type"] == "union_tag_invalid":
            # pydantic's message quotes the tag given, which is an input value.
            ctx = error.get("ctx", {})
            message = (
                f"Input tag found using {ctx.get('discriminator')} does not match any of the "
                f"expected tags: {ctx.get('expected_tags')}"
            )
        # The message is already rendered; braces in it must not be read as placeholders.
        escaped = message.replace("{", "{{").replace("}", "}}")
        details.append(
            {"type": PydanticCustomError(error["type"], escaped), "loc": loc, "input": REDACTED}
        )
    return PydanticValidationError.from_exception_data(title, details, hide_input=True)


def unknown_field_message(model: type[BaseModel], name: object) -> str:
    """ "X has no field 'nmae'; did you mean 'name'? (its fields: ...)"."""
    fields = list(model.model_fields)
    close = difflib.get_close_matches(str(name), fields, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"{model.__name__} has no field {name!r}{hint} (its fields: {', '.join(fields)})"


def model_at(annotation: Any, loc: Loc) -> type[BaseModel] | None:
    """The model a value at ``loc`` (a pydantic error location) was validated as, within a value
    validated as ``annotation``; None when it cannot be told."""
    for part in loc:
        annotation = _step(_bare(annotation), part)
        if annotation is None:
            return None
    found = _bare(annotation)
    return found if isinstance(found, type) and issubclass(found, BaseModel) else None


def _bare(annotation: Any) -> Any:
    """``annotation`` without what adds no location: ``Annotated``, ``| None`` and the
    wrapper of a union (a ``RootModel``)."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType) and len(_members(annotation)) == 1:
            annotation = _members(annotation)[0]
        elif (
            origin is None
            and isinstance(annotation, type)
            and issubclass(annotation, RootModel)
            and "root" in annotation.model_fields
        ):
            annotation = annotation.model_fields["root"].annotation
        else:
            return annotation


def _members(union: Any) -> list[Any]:
    return [arg for arg in get_args(union) if arg is not type(None)]


def _step(annotation: Any, part: int | str) -> Any:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        # pydantic names the member a union error is about: by its tag, or by its type.
        return next((m for m in _members(annotation) if part in _labels(m)), None)
    if origin in (list, tuple, set, frozenset):
        return get_args(annotation)[0] if isinstance(part, int) else None
    if origin is dict:
        return get_args(annotation)[1]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, field in annotation.model_fields.items():
            if part in (name, field.alias):
                return field.annotation
    return None


def _labels(member: Any) -> tuple[str, ...]:
    if get_origin(member) is Annotated:
        tags = [meta.tag for meta in member.__metadata__ if isinstance(meta, Tag)]
        return (*tags, *_labels(get_args(member)[0]))
    origin = get_origin(member)
    if origin is not None:
        inner = ", ".join(label for arg in get_args(member) for label in _labels(arg)[:1])
        return (f"{origin.__name__}[{inner}]",)
    return (getattr(member, "__name__", str(member)),)
