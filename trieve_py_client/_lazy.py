"""Names that load on first use: the generated package root, api/ and models/ import a module
only when one of its names is first looked up, so that `import trieve_py_client` costs almost
nothing and a script pays for the classes it touches, not for the whole API."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def loader(
    namespace: dict[str, Any], homes: Mapping[str, str], modules: Mapping[str, str] | None = None
) -> Callable[[str], Any]:
    """The body of a module's ``__getattr__`` (PEP 562): each name of ``homes`` is imported from
    the module named there and kept in ``namespace``, the module's globals, so that later
    lookups never come back here. Each name of ``modules`` is that module itself, and so is
    each submodule of this one that ``homes`` names (``api.user_api``, as generated clients'
    users reach it after a bare import)."""
    package = namespace["__name__"]
    submodules = {
        home.rpartition(".")[2]: home
        for home in homes.values()
        if home.rpartition(".")[0] == package
    }
    submodules.update(modules or {})

    def load(name: str) -> Any:
        if name in submodules:
            return importlib.import_module(submodules[name])
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value
        return value

    return load
