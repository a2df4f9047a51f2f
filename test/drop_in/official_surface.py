"""A ``trieve_py_client`` package's public surface as plain JSON, described the same way in
both processes of the drop-in comparison: its API modules, classes and methods with their
parameters, and its model modules and classes with their fields.

Standard library only (the package's own pydantic is reached through its classes): this runs
in the official client's venv too.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Iterator
from types import ModuleType
from typing import Any


def describe(package: ModuleType) -> dict[str, Any]:
    apis = dict(_classes(package, "api"))
    models = dict(_classes(package, "models"))
    return {
        "root": sorted(name for name in dir(package) if isinstance(getattr(package, name), type)),
        "api_modules": _modules(apis),
        "apis": {name: _methods(cls) for _, (name, cls) in apis.items()},
        "model_modules": _modules(models),
        "models": {name: _model(cls) for _, (name, cls) in models.items()},
    }


def submodules(package: ModuleType, part: str) -> Iterator[ModuleType]:
    """The public modules of ``package.part`` (``api`` or ``models``), by name."""
    folder = importlib.import_module(f"{package.__name__}.{part}")
    for info in sorted(pkgutil.iter_modules(folder.__path__), key=lambda info: info.name):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"{folder.__name__}.{info.name}")


def _classes(package: ModuleType, part: str) -> Iterator[tuple[str, tuple[str, type]]]:
    """(``module.Class``, (``Class``, the class)) for each class a submodule of ``part``
    defines."""
    for module in submodules(package, part):
        short = module.__name__.rpartition(".")[2]
        for name, value in vars(module).items():
            # A pydantic generic's parametrization (``OneOfModel[...]``) is no public name.
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and name.isidentifier()
            ):
                yield f"{short}.{name}", (name, value)


def _modules(classes: dict[str, tuple[str, type]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for qualified in classes:
        module, _, name = qualified.partition(".")
        found.setdefault(module, []).append(name)
    return {module: sorted(names) for module, names in sorted(found.items())}


def _methods(cls: type) -> dict[str, dict[str, Any]]:
    return {
        name: {"parameters": _parameters(member), "returns": _returns(member)}
        for name, member in sorted(vars(cls).items())
        if not name.startswith("_") and inspect.isfunction(member)
    }


def _returns(function: Any) -> str:
    return " | ".join(
        _type_names(resolved_annotation(function, inspect.signature(function).return_annotation))
    )


def _parameters(function: Any) -> list[list[str]]:
    """Each parameter but ``self`` as [name, kind, default]. A ``**options`` typed
    ``Unpack[SomeTypedDict]`` stands for its keys, each a keyword-only parameter without a
    default, for that is how a caller sees them."""
    described = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            keys = _unpacked_keys(function, parameter.annotation)
            if keys is not None:
                described += [[key, "KEYWORD_ONLY", "<none>"] for key in keys]
                continue
        default = parameter.default
        shown = "<none>" if default is inspect.Parameter.empty else repr(default)
        described.append([parameter.name, parameter.kind.name, shown])
    return described


def resolved_annotation(function: Any, annotation: Any) -> Any:
    """One annotation of ``function``, evaluated in its module: resolving them all at once
    would fail on the first that names what the module imports only for type checkers."""
    holder = types.SimpleNamespace(__annotations__={"it": annotation})
    module_names = inspect.unwrap(function).__globals__
    return typing.get_type_hints(holder, module_names, include_extras=True)["it"]


def _unpacked_keys(function: Any, annotation: Any) -> list[str] | None:
    hint = resolved_annotation(function, annotation)
    if getattr(typing.get_origin(hint), "__name__", "") != "Unpack":
        return None
    return list(typing.get_type_hints(typing.get_args(hint)[0]))


def _model(cls: type) -> dict[str, Any]:
    if issubclass(cls, enum.Enum):
        return {"kind": "enum", "values": [member.value for member in cls]}
    fields = getattr(cls, "model_fields", {})
    if "actual_instance" in fields:  # a oneOf wrapper, generated the stock way
        return {"kind": "union", "members": _members(fields["actual_instance"].annotation)}
    if "root" in fields:  # a oneOf wrapper on a RootModel
        return {"kind": "union", "members": _members(fields["root"].annotation)}
    return {
        "kind": "model",
        "fields": {
            name: {
                "alias": field.alias or name,
                "required": field.is_required(),
                "type": " | ".join(_type_names(field.annotation)),
            }
            for name, field in fields.items()
        },
    }


def _members(hint: Any) -> list[str]:
    # The stock wrapper's actual_instance is Optional: None is its unset state, not a member.
    return [name for name in _type_names(hint) if name != "None"]


def _type_names(hint: Any) -> list[str]:
    """A type as the sorted names of its alternatives, with ``Annotated`` and ``Strict...``
    constraints dropped: ``Optional[StrictStr]`` and ``str | None`` are both
    ``['None', 'str']``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return _type_names(args[0])
    if origin in (typing.Union, types.UnionType):
        return sorted({name for arg in args for name in _type_names(arg)})
    if origin is typing.Literal:
        return [f"Literal[{', '.join(sorted(repr(arg) for arg in args))}]"]
    if origin is not None:
        inner = ", ".join(" | ".join(_type_names(arg)) for arg in args)
        return [f"{getattr(origin, '__name__', repr(origin))}[{inner}]"]
    generic = getattr(hint, "__pydantic_generic_metadata__", None)
    if generic and generic["args"]:  # ApiResponse[List[X]], named as a pydantic generic
        inner = ", ".join(" | ".join(_type_names(arg)) for arg in generic["args"])
        return [f"{generic['origin'].__name__}[{inner}]"]
    if hint is type(None):
        return ["None"]
    if hint is typing.Any:  # a class from Python 3.11, whose name its repr then lacks
        return ["Any"]
    if isinstance(hint, type):
        return [hint.__name__]
    return [getattr(hint, "__forward_arg__", None) or repr(hint)]
