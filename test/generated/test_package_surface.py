"""The public surface: every documented name at its documented path, a lazy package root, and
the import rules of the architecture."""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import trieve_py_client
from trieve_py_client import api, models

PACKAGE = Path(trieve_py_client.__file__).parent


def module_of(name: str) -> str:
    """The module a generated class lives in, as openapi-generator names it (the official
    client's paths): ``ChunkGroupApi`` -> ``chunk_group_api``, ``CTRAnalytics`` ->
    ``ctr_analytics``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


DOCUMENTED = {
    "trieve_py_client.configuration": ["Configuration"],
    "trieve_py_client.api_client": ["ApiClient"],
    "trieve_py_client.api": list(api.__all__),
    **{f"trieve_py_client.api.{module_of(name)}": [name] for name in api.__all__},
    "trieve_py_client.api_response": ["ApiResponse"],
    "trieve_py_client.rest": ["RESTClientObject", "RESTResponse", "ApiException"],
    "trieve_py_client.models": list(models.__all__),
    **{f"trieve_py_client.models.{module_of(name)}": [name] for name in models.__all__},
    "trieve_py_client.exceptions": [
        "OpenApiException",
        "ApiTypeError",
        "ApiValueError",
        "ApiKeyError",
        "ApiAttributeError",
        "ApiException",
        "BadRequestException",
        "UnauthorizedException",
        "ForbiddenException",
        "NotFoundException",
        "ConflictException",
        "UnprocessableEntityException",
        "TooManyRequestsException",
        "ServiceException",
    ],
}


@pytest.mark.parametrize("module", sorted(DOCUMENTED))
def test_documented_names_import_from_their_module(module: str) -> None:
    loaded = importlib.import_module(module)
    for name in DOCUMENTED[module]:
        value = getattr(loaded, name)
        top = getattr(trieve_py_client, name, None)
        assert top is value or module == "trieve_py_client.rest", name


def test_every_exported_name_resolves_and_is_typed_for_checkers() -> None:
    for name in trieve_py_client.__all__:
        assert getattr(trieve_py_client, name) is not None
    assert dir(trieve_py_client) == sorted(trieve_py_client.__all__)
    assert dir(api) == sorted(api.__all__)
    assert dir(models) == sorted(models.__all__)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        trieve_py_client.Nope  # type: ignore[attr-defined]  # noqa: B018
    tree = ast.parse((PACKAGE / "__init__.py").read_text())
    typed = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        for child in node.body
        if isinstance(child, ast.ImportFrom)
        for alias in child.names
    }
    assert typed | {"__version__"} == set(trieve_py_client.__all__)


def test_import_loads_nothing_heavy() -> None:
    code = (
        "import sys, trieve_py_client; print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in {'pydantic', 'urllib3', 'dateutil', 'trieve_py_client'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # The root and its table of where each name lives; no API class and no model.
    assert done.stdout.strip() == "['trieve_py_client', 'trieve_py_client._lazy']"


def loaded_after(code: str) -> list[str]:
    """The modules of api/ and models/ loaded after running ``code`` in a fresh interpreter."""
    listing = (
        "import sys\nprint(sorted(m for m in sys.modules"
        " if m.startswith(('trieve_py_client.api.', 'trieve_py_client.models.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code + listing], capture_output=True, text=True, check=True
    )
    found: list[str] = ast.literal_eval(done.stdout.strip())
    return found


CHUNK_API = """
import trieve_py_client
from trieve_py_client import ChunkApi

api = ChunkApi()
"""

FIRST_CALL = """
from trieve_py_client.testing import LocalTrieveServer

with LocalTrieveServer() as server:  # serves no chunk route: the call is refused
    api.api_client.configuration.host = server.url
    try:
        api.count_chunks("a-dataset", {"query": "q", "search_type": "fulltext"})
    except trieve_py_client.ApiException:
        pass
"""


def test_an_api_class_loads_no_model_until_an_operation_is_called() -> None:
    assert loaded_after(CHUNK_API) == ["trieve_py_client.api.chunk_api"]
    # The first call loads the models the operation takes and returns, with their fields'.
    loaded = set(loaded_after(CHUNK_API + FIRST_CALL))
    assert "trieve_py_client.models.count_chunks_req_payload" in loaded
    assert "trieve_py_client.models.count_chunk_query_response_body" in loaded
    assert "trieve_py_client.models.search_chunks_req_payload" not in loaded


def test_a_model_loads_only_the_models_its_fields_hold() -> None:
    loaded = loaded_after("from trieve_py_client.models import ChunkFilter\n")
    assert "trieve_py_client.models.field_condition" in loaded
    assert "trieve_py_client.models.chunk_metadata" not in loaded
    assert len(loaded) < len(models.__all__) / 10


# Which modules of the package each part may import: the layers of the README's layer map.
# _redaction, _retry_after and _version are leaves that every layer may read.
LEAVES = {"_redaction", "_retry_after", "_version", "_lazy"}
ALLOWED = {
    "api": {
        "api_client",
        "api_response",
        "models",
        "_models",
        "exceptions",
        "streaming",
        "paging",
        "_api_methods",
    },
    # The API classes' base, and each operation's data and variants (streamed and paged ones
    # included), over the client.
    "_api_methods": {"api_client", "api_response", "_operation", "streaming", "paging"},
    # The client runs the stages of a call: build, send (through the transport), read.
    "api_client": {
        "configuration",
        "rest",
        "exceptions",
        "api_response",
        "_build",
        "_send",
        "_read",
        "_headers",
        "_operation",
        "_parameters",
        "_serialization",
        "_validation",
    },
    "_build": {
        "api_client",  # for its type only
        "configuration",
        "_headers",
        "_operation",
        "_parameters",
        "_send",
        "_serialization",
        "_settings",
    },
    "_read": {"_outcome", "_response", "_serialization", "api_response", "exceptions"},
    "_headers": {"exceptions"},
    "_parameters": {"_operation", "_headers", "_serialization", "exceptions"},
    "_operation": set(),
    "_validation": {"_model_errors"},
    "api_response": set(),
    "_serialization": {"exceptions"},
    "configuration": {"exceptions", "_logging", "_settings"},
    "_settings": {"exceptions"},
    "_logging": set(),
    # The transport: the send loop, urllib3's pool manager and the retry policy.
    "rest": {
        "configuration",
        "exceptions",
        "_pools",
        "_response",
        "_retry",
        "_send",
        "_settings",
        "_transport_errors",
    },
    "_send": {"_logging", "_outcome", "_response", "_settings", "exceptions"},
    # The one rule of outcome_unknown, for the send loop and for reading an answer.
    "_outcome": {"_send", "_transport_errors", "exceptions"},  # _send for its type only
    "_response": {"_outcome", "_send", "_transport_errors", "exceptions"},  # _send: type only
    "_pools": {"configuration", "_headers", "exceptions"},
    "_transport_errors": {"exceptions", "_settings"},
    "_retry": {"_outcome", "exceptions"},
    "exceptions": set(),
    "models": {"models", "_models", "_unions", "_model_errors", "_json_values"},
    "_models": {"_model_errors", "_json_values"},
    "_unions": {"_models", "_model_errors"},
    "_model_errors": set(),
    "_json_values": set(),
    "testing": {"testing"},
    # The pytest plugin hands users the server and a client configured for it: the one
    # module of testing/ that may load the client, through the public root only.
    "pytest_plugin": {"testing", "ApiClient", "Configuration", "UserApi"},
    # Key-lifecycle tools and their command: the public API only, never transport internals.
    "keys": {"api", "models", "api_client", "configuration", "exceptions"},
    # Helpers that span many calls: the public API only (test_helpers_use_the_public_api_only).
    # A stream is read through rest.RESTResponse.read1, which raises the SDK's exceptions.
    "streaming": {"api_client", "rest", "exceptions"},
    "paging": {"exceptions"},
    "bulk": {"api", "models", "exceptions"},
    "_redaction": set(),
    "_version": set(),
    "_lazy": set(),
    "_retry_after": set(),
}


def part_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    if relative == Path("testing/pytest_plugin.py"):
        return "pytest_plugin"
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def package_imports(tree: ast.AST, part: str) -> set[str]:
    """The parts of the package a module imports: ``rest`` for ``from trieve_py_client import
    rest`` as for ``import trieve_py_client.rest``."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            found.add(part)  # a relative import stays inside its own part
        elif isinstance(node, ast.ImportFrom) and node.module == "trieve_py_client":
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.update(_part_named(node.module))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.update(_part_named(alias.name))
    return found


def _part_named(module: str) -> set[str]:
    root, _, rest = module.partition(".")
    return {rest.split(".")[0]} if root == "trieve_py_client" and rest else set()


def stdlib_only(tree: ast.AST) -> set[str]:
    """Top-level modules imported absolutely that are not in the standard library."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"__future__"}


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(PACKAGE.rglob("*.py")) if p.name != "__init__.py" or p.parent != PACKAGE],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_layers_import_only_what_they_may(path: Path) -> None:
    part = part_of(path)
    tree = ast.parse(path.read_text())
    imported = package_imports(tree, part)
    allowed = ALLOWED[part] | {part} | (set() if part == "testing" else LEAVES)
    assert imported <= allowed, f"{part} imports {imported - allowed}"
    if part == "testing":
        assert stdlib_only(tree) == set()


# The parts above ApiClient: helpers for many calls and the key tools. They see what users see.
HELPERS = ("streaming", "paging", "bulk", "keys")


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(PACKAGE.rglob("*.py")) if part_of(p) in HELPERS],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_helpers_use_the_public_api_only(path: Path) -> None:
    tree = ast.parse(path.read_text())
    private = {name for name in package_imports(tree, "") if name.startswith("_")}
    assert private == set(), f"{path.name} imports the internals {private}"
    # urllib3's failures reach a helper as the SDK's exceptions, never as urllib3's own.
    assert "urllib3" not in stdlib_only(tree)
