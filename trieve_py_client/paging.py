"""Paging: an iterator over the items of an operation that answers page by page.

How each operation pages is the spec's ``x-pages`` (spec/corrections.json); the generated
``x_pages`` methods hand it here with the operation's own ``x`` variant, which this calls
once per page, as the user would. Nothing here knows a particular operation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from trieve_py_client.exceptions import ApiValueError


@dataclass(frozen=True)
class PageStyle:
    """An operation's ``x-pages``.

    - ``page``: ``param`` is a page number, from the one given (1 if none), until a page
      has no items or ``total`` (the answer's field holding the number of pages) is reached;
    - ``offset``: ``param`` moves on by the number of items received, until a page is empty;
    - ``scroll``: ``param`` is the id of the last item received; with ``inclusive`` the server
      repeats that item at the head of the next page, and it is dropped.

    ``where`` says whether ``param`` is a keyword argument (path or query parameter) or a
    field of the body. ``items`` names the answer's list field; None when the answer is the
    list, or is a model (or a union's member) with a single list field. ``size`` names the
    argument that bounds a page where the server takes ``param`` only with it: without one,
    the first answer holds every item and is the only page.

    An answer that is no listing (a model without a list field: an analytics type that does
    not page) is yielded whole, as the only item.
    """

    style: Literal["page", "offset", "scroll"]
    param: str
    where: Literal["path", "query", "body"]
    items: str | None = None
    total: str | None = None
    inclusive: bool = False
    size: str | None = None


def pages(
    call: Callable[..., Any],
    style: PageStyle,
    arguments: Mapping[str, Any],
    body_name: str | None,
) -> Iterator[Any]:
    """Yield the items of every page: ``call(**arguments)`` gives the first, and the argument
    or body field that ``style`` names is moved on for each next one."""
    args = dict(arguments)
    if style.where == "body":
        if body_name is None:
            raise ApiValueError(f"{style.param}: this operation takes no body to page with")
        body = _as_dict(args.get(body_name))
        if not _pages(args.get(body_name), style.param):
            # A union member without the field (an analytics type that is not a listing)
            # answers all at once.
            yield from _items(call(**args), style)
            return
    else:
        body = {}
        if style.size is not None and args.get(style.size) is None:
            # Trieve refuses an offset without a limit (400 "Pagination requires both offset
            # and limit."), and answers everything when given neither.
            if args.get(style.param) is not None:
                raise ApiValueError(f"{style.param} pages only with {style.size}: give both")
            yield from _items(call(**args), style)
            return
    position = body.get(style.param) if style.where == "body" else args.get(style.param)
    if style.style == "page" and position is None:
        position = 1
    if style.style == "offset" and position is None:
        position = 0
    if style.inclusive and isinstance(body.get("page_size"), int) and body["page_size"] < 2:
        raise ApiValueError(
            "page_size must be at least 2 to scroll: each page starts with the last chunk of "
            "the one before"
        )
    number: Any = position
    previous_id = position if style.style == "scroll" else None
    while True:
        if style.where == "body":
            if position is not None:
                body[style.param] = position
            args[body_name or ""] = body
        elif position is not None:
            args[style.param] = position
        answer = call(**args)
        found = _items(answer, style)
        if found and found[0] is answer:  # no listing: the one answer
            yield answer
            return
        repeated = style.inclusive and found and previous_id is not None
        if repeated and str(_id_of(found[0])) == str(previous_id):
            found = found[1:]
        if not found:
            return
        yield from found
        if style.style == "scroll":
            position = previous_id = _id_of(found[-1])
        elif style.style == "offset":
            position = int(position or 0) + len(found)
        else:
            total = _field(answer, style.total) if style.total else None
            if isinstance(total, int) and int(number) >= total:
                return
            number = position = int(number) + 1


def _pages(body: Any, param: str) -> bool:
    inner = getattr(body, "actual_instance", body)
    if isinstance(inner, Mapping):
        return True  # a dict body: the server reads the field if its type has it
    fields = getattr(type(inner), "model_fields", None)
    return fields is None or param in fields


def _as_dict(body: Any) -> dict[str, Any]:
    """The body as a dict with its fields by their JSON names, whatever the caller gave."""
    if body is None:
        return {}
    if isinstance(body, Mapping):
        return dict(body)
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        made = to_dict()
        if isinstance(made, dict):
            return made
    raise ApiValueError(f"the body to page with is a {type(body).__name__}, not a model or dict")


def _field(answer: Any, name: str) -> Any:
    inner = getattr(answer, "actual_instance", answer)
    if isinstance(inner, Mapping):
        return inner.get(name)
    return getattr(inner, name, None)


def _items(answer: Any, style: PageStyle) -> list[Any]:
    if style.items is not None:
        found = _field(answer, style.items)
        return list(found or ())
    inner = getattr(answer, "actual_instance", answer)
    if inner is None:
        return []
    if isinstance(inner, list):
        return inner
    lists = [value for _, value in inner if isinstance(value, list)]
    if not lists:
        return [answer]
    if len(lists) != 1:
        raise ApiValueError(
            f"a {type(inner).__name__} has {len(lists)} list fields: x-pages must name its items"
        )
    return list(lists[0])


def _id_of(item: Any) -> Any:
    inner = getattr(item, "actual_instance", item)
    return inner.get("id") if isinstance(inner, Mapping) else getattr(inner, "id", None)
