"""Every ```python block of docs/*.md compiles and every name it imports resolves; the examples
of the User pages run, and so do the three examples of the seed page (the generated client's
own UserApi page, kept verbatim in fixtures/seed_user_api_examples.md).

The User examples (UserApi.md and the pages of the models its operations take and return) run
in a fresh interpreter (a subprocess), as a user would run them. The API examples run unchanged
against a ``LocalTrieveServer`` on loopback, named by TRIEVE_BASE_URL and TRIEVE_API_KEY as the
examples say; only the ids of ``substitutions`` (the spec's example UUIDs) change in them, for
ids the server knows. The seed page's examples also need the production host replaced and read
the key from ``API_KEY``. The examples catch every exception and print "Exception when calling
...", so success is judged by that output and by the effect each operation must have on the
server. The model pages' examples need no server: they run as they are.

The other pages' examples call routes the local server does not serve, and build their bodies
from the published spec's examples, which are few: they are compiled, and the modules and names
they import and the package attributes they use are looked up, without running them.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from support import KEY_VALUE

from trieve_py_client import ApiClient, Configuration, SetUserApiKeyRequest, UserApi, api, models
from trieve_py_client._models import TrieveModel
from trieve_py_client.testing import LocalTrieveServer, SeededUser

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SPEC = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
SEED = Path(__file__).resolve().parent / "fixtures" / "seed_user_api_examples.md"
SEED_EXAMPLES = 3

PRODUCTION_HOST = '"https://api.trieve.ai"'
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
CALL = re.compile(r"api_instance\.(\w+)\(")
PLACEHOLDER = re.compile(r"'\w+_example'|trieve_py_client\.[A-Z]\w*\(\)")
TARGET_ROLE = 1
EXAMPLE_TIMEOUT = 60


def python_blocks(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


def user_schemas() -> set[str]:
    """The schemas the User operations take and return, and those these refer to."""
    found: set[str] = set()
    pending = [
        json.dumps(op)
        for item in SPEC["paths"].values()
        for op in item.values()
        if op["tags"] == ["User"]
    ]
    while pending:
        for name in re.findall(r"#/components/schemas/(\w+)", pending.pop()):
            if name not in found:
                found.add(name)
                pending.append(json.dumps(SPEC["components"]["schemas"][name]))
    return found


USER_PAGES = {"UserApi.md"} | {f"{name}.md" for name in user_schemas()}
BLOCKS = [
    (page.name, number, code)
    for page in sorted(DOCS.glob("*.md"))
    for number, code in enumerate(python_blocks(page), 1)
]
DOC_BLOCKS = [
    pytest.param(code, id=f"{name}#{n}") for name, n, code in BLOCKS if name in USER_PAGES
]
OTHER_BLOCKS = [
    pytest.param(code, id=f"{name}#{n}") for name, n, code in BLOCKS if name not in USER_PAGES
]


@dataclass(frozen=True)
class Setup:
    """The state an API example runs against."""

    server: LocalTrieveServer
    key_id: str  # a key of the seeded owner, for delete_user_api_key to remove
    member: SeededUser  # a user (role 0) of the seeded organization, for update_user to promote


# The example UUIDs of openapi.json that the generated examples use.
EXAMPLE_KEY_ID = "e3e3e3e3-1111-4222-8333-444455556666"
EXAMPLE_ORG_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
EXAMPLE_USER_ID = "5f0c7e6a-2b1d-4c3e-9f8a-7b6c5d4e3f2a"


def substitutions(setup: Setup) -> dict[str, str]:
    """The whole list of what an example may have changed: ids, and the seed's placeholders."""
    server = setup.server
    org, member = server.organization_id, setup.member.user_id
    return {
        EXAMPLE_KEY_ID: setup.key_id,
        EXAMPLE_ORG_ID: org,
        EXAMPLE_USER_ID: member,
        PRODUCTION_HOST: json.dumps(server.url),
        "'api_key_id_example'": repr(setup.key_id),
        "'organization_id_example'": repr(org),
        "'user_id_example'": repr(member),
        "trieve_py_client.SetUserApiKeyRequest()": (
            "trieve_py_client.SetUserApiKeyRequest(name='docs-example', role=0)"
        ),
        "trieve_py_client.UpdateUserOrgRoleData()": (
            f"trieve_py_client.UpdateUserOrgRoleData("
            f"organization_id={org!r}, role={TARGET_ROLE}, user_id={member!r})"
        ),
    }


def substitute(code: str, setup: Setup) -> str:
    for old, new in substitutions(setup).items():
        code = code.replace(old, new)
    assert PRODUCTION_HOST not in code, "the example would call the production server"
    leftover = PLACEHOLDER.findall(code)
    assert not leftover, f"placeholders with no substitution: {leftover}"
    return code


def run_python(code: str, directory: Path, env: dict[str, str] | None = None) -> str:
    """Run ``code`` in a fresh interpreter; fail on a non-zero exit. Returns its stdout."""
    script = directory / "example.py"
    script.write_text(code, encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("TRIEVE_")}
    environ.pop("API_KEY", None)
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environ.get("PYTHONPATH")]))
    environ.update(env or {})
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=directory,
        env=environ,
        timeout=EXAMPLE_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"the example failed:\n{result.stdout}\n{result.stderr}"
    assert "Exception when calling" not in result.stdout, result.stdout
    return result.stdout


def mint_key(server: LocalTrieveServer, name: str) -> str:
    config = Configuration(host=server.url, api_key={"ApiKey": server.api_key})
    with ApiClient(config) as client:
        api = UserApi(client)
        api.set_user_api_key(SetUserApiKeyRequest(name=name, role=0))
        return next(key.id for key in api.get_user_api_keys() if key.name == name)


def owner_keys(setup: Setup) -> int:
    return setup.server.api_key_count(setup.server.user_id)


# What each operation must have done; `before` is the owner's key count before the run.
Check = Callable[[Setup, int, str], None]


def deleted(setup: Setup, before: int, _stdout: str) -> None:
    assert owner_keys(setup) == before - 1


def listed(setup: Setup, _before: int, stdout: str) -> None:
    assert "The response of UserApi->get_user_api_keys" in stdout
    assert setup.key_id in stdout


def minted(setup: Setup, before: int, stdout: str) -> None:
    assert owner_keys(setup) == before + 1
    assert "The response of UserApi->set_user_api_key" in stdout
    assert "api_key='<redacted>'" in stdout
    assert not KEY_VALUE.search(stdout), "the printout shows a key"


def promoted(setup: Setup, _before: int, _stdout: str) -> None:
    server = setup.server
    assert server.role_of(setup.member.user_id, server.organization_id) == TARGET_ROLE


EFFECTS: dict[str, Check] = {
    "delete_user_api_key": deleted,
    "get_user_api_keys": listed,
    "set_user_api_key": minted,
    "update_user": promoted,
}


def run_api_example(code: str, directory: Path) -> None:
    """Run an example against a fresh server, then check the effect of its one operation."""
    called = set(CALL.findall(code))
    assert len(called) == 1, f"an API example calls one operation, this one {called}"
    operation = called.pop()
    assert operation in EFFECTS, f"no success check for {operation}: add one to EFFECTS"
    with LocalTrieveServer() as server:
        setup = Setup(server, mint_key(server, "to-delete"), server.add_user(role=0))
        before = owner_keys(setup)
        env = {
            "API_KEY": server.api_key,
            "TRIEVE_BASE_URL": server.url,
            "TRIEVE_API_KEY": server.api_key,
        }
        stdout = run_python(substitute(code, setup), directory, env)
        EFFECTS[operation](setup, before, stdout)


# --- the examples ---------------------------------------------------------------------------------


def test_no_generated_page_takes_a_hand_written_pages_name() -> None:
    # openapi-generator lets an ignore file's `!` rules win over its exclusions, so the lines
    # that name the hand-written pages cannot keep `!docs/*.md` from writing over them: only
    # their names do, which must be no schema's page, no tag's API page, nor the index.
    ignore = (ROOT / ".openapi-generator-ignore").read_text(encoding="utf-8").splitlines()
    hand_written = [Path(line).stem for line in ignore if re.fullmatch(r"docs/\w+\.md", line)]
    assert {"KeyLifecycle", "OfficialClientDifferences"} <= set(hand_written)
    assert all((DOCS / f"{name}.md").is_file() for name in hand_written)

    def folded(name: str) -> str:
        return re.sub(r"[^a-z0-9]", "", name.lower())

    generated = {folded(name) for name in SPEC["components"]["schemas"]} | {"readme"}
    generated |= {folded(f"{tag['name']}Api") for tag in SPEC.get("tags", [])}
    assert not generated & {folded(name) for name in hand_written}


def test_docs_have_examples() -> None:
    pages = {page.stem for page in DOCS.glob("*.md")}
    assert pages >= {*api.__all__, *models.__all__}
    with_examples = {name.removesuffix(".md") for name, _number, _code in BLOCKS}
    # An enum's page lists its values and a union's its members; a model's page has an example.
    objects = {name for name in models.__all__ if issubclass(getattr(models, name), TrieveModel)}
    assert with_examples >= {*api.__all__, *objects}
    assert {"UserApi.md", "SetUserApiKeyRequest.md", "ErrorResponseBody.md"} <= USER_PAGES


@pytest.mark.parametrize("code", DOC_BLOCKS)
def test_docs_example_runs(code: str, tmp_path: Path) -> None:
    assert PRODUCTION_HOST not in code, "examples take the host from TRIEVE_BASE_URL"
    if "api_instance" in code:
        assert code.startswith("import datetime\nimport os\n"), "the imports open the example"
        assert 'os.environ["TRIEVE_BASE_URL"]' in code
        assert 'os.environ["TRIEVE_API_KEY"]' in code
        # The request model is built inside the try, so that a refused value is reported too.
        assert code.index("try:") < code.index("api_instance.")
        run_api_example(code, tmp_path)
    else:
        run_python(code, tmp_path)


def resolve_names(code: str) -> None:
    """Compile ``code`` and look up what it imports, and every attribute it reads of an imported
    module (``trieve_py_client.ChunkApi``, ``trieve_py_client.APIVersion('V1')``), without running
    it. Raises ``SyntaxError``, ``ImportError`` or ``AttributeError``."""
    tree = ast.parse(compile(code, "<example>", "exec", ast.PyCF_ONLY_AST))
    modules: dict[str, Any] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                importlib.import_module(alias.name)
                modules[alias.asname or alias.name] = importlib.import_module(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module:
            module = importlib.import_module(node.module)
            for alias in node.names:
                getattr(module, alias.name)
    for node in ast.walk(tree):
        chain: list[str] = []
        root = node
        while isinstance(root, ast.Attribute):
            chain.insert(0, root.attr)
            root = root.value
        if chain and isinstance(root, ast.Name) and root.id in modules:
            value = modules[root.id]
            for attribute in chain:
                if isinstance(value, type):
                    break  # a class's attributes are the example's business
                value = getattr(value, attribute)


@pytest.mark.parametrize("code", OTHER_BLOCKS)
def test_docs_example_compiles_and_its_names_resolve(code: str) -> None:
    assert PRODUCTION_HOST not in code, "examples take the host from TRIEVE_BASE_URL"
    if "api_instance" in code:
        assert 'os.environ["TRIEVE_BASE_URL"]' in code
        assert code.index("try:") < code.index("api_instance.")
    resolve_names(code)


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("import trieve_py_client\nx = trieve_py_client.ChunkApi(\n", SyntaxError),
        ("from trieve_py_client.models.chunk_filter import ChunkFiltre\n", AttributeError),
        ("import trieve_py_client.modles\n", ImportError),
        ("import trieve_py_client\ntrieve_py_client.ChunkAPI()\n", AttributeError),
        (
            "import trieve_py_client\ntrieve_py_client.models.chunk_filtre.ChunkFilter\n",
            AttributeError,
        ),
    ],
)
def test_an_example_that_cannot_compile_or_resolve_fails(code: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        resolve_names(code)


@pytest.mark.parametrize("index", range(SEED_EXAMPLES))
def test_seed_example_runs(index: int, tmp_path: Path) -> None:
    blocks = python_blocks(SEED)
    assert len(blocks) == SEED_EXAMPLES
    # The seed's examples use os.environ without importing os.
    run_api_example("import os\n" + blocks[index], tmp_path)


def test_a_failing_example_fails(tmp_path: Path) -> None:
    broken = 'print("Exception when calling UserApi->update_user: (400)")\n'
    with pytest.raises(AssertionError, match="Exception when calling"):
        run_python(broken, tmp_path)
    with pytest.raises(AssertionError, match="the example failed"):
        run_python("raise SystemExit(3)\n", tmp_path)


def test_a_wrong_effect_fails(tmp_path: Path) -> None:
    (page,) = [p for p in python_blocks(DOCS / "UserApi.md") if ".update_user(" in p]
    # role 0 is the member's role already: the call succeeds but changes nothing.
    unchanged = page.replace("role=1", "role=0")
    assert unchanged != page
    with pytest.raises(AssertionError):
        run_api_example(unchanged, tmp_path)


# --- the pages agree with openapi.json ------------------------------------------------------------


def routes(tag: str) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method.upper(), path, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if op["tags"] == [tag]
    }


TAGS = sorted({op["tags"][0] for item in SPEC["paths"].values() for op in item.values()})


@pytest.mark.parametrize("tag", TAGS)
def test_api_pages_list_the_spec_operations(tag: str) -> None:
    page = "".join(tag.split()) + "Api"
    text = (DOCS / f"{page}.md").read_text(encoding="utf-8")
    rows = re.findall(
        rf"^\[\*\*(\w+)\*\*\]\({page}\.md#\1\) \| \*\*(\w+)\*\* (\S+) \| (.*)$", text, re.M
    )
    spec = routes(tag)
    assert {
        name: (method, path, " ".join(summary.split())) for name, method, path, summary in rows
    } == {
        name: (method, path, " ".join(op.get("summary", "").split()))
        for name, (method, path, op) in spec.items()
    }
    for name, (_method, _path, op) in spec.items():
        section = text.split(f"# **{name}**\n", 1)[1].split("[[Back to top]]", 1)[0]
        codes = re.findall(r"^\*\*(\d{3})\*\* \|", section, re.M)
        assert codes == [code for code in op["responses"] if code != "default"], name
        assert f"api_instance.{name}(" in section
        assert " ".join(op.get("description", "").split()) in " ".join(section.split())


OBJECTS = [n for n, s in SPEC["components"]["schemas"].items() if "properties" in s]


@pytest.mark.parametrize("name", OBJECTS)
def test_model_pages_list_the_spec_properties(name: str) -> None:
    schema = SPEC["components"]["schemas"][name]
    text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\*\*(\w+)\*\* \|.*\| ([^|\n]*)$", text, re.M))
    assert list(rows) == list(schema["properties"])
    for prop, notes in rows.items():
        spec = schema["properties"][prop]
        # An array's or a map's notes give the format of its values.
        inner = spec.get("items") or spec.get("additionalProperties") or {}
        formats = (spec.get("format"), inner.get("format"))
        uuid = "uuid" in formats
        assert ("required" in notes) == (prop in schema.get("required", ())), prop
        # A property of any value (`{}`) takes null too.
        untyped = not {"type", "$ref", "allOf", "oneOf", "anyOf"} & spec.keys()
        assert ("nullable" in notes) == (bool(spec.get("nullable")) or untyped), prop
        assert ("uuid" in notes) == uuid, prop
        assert ("int32" in notes) == ("int32" in formats), prop
        assert ("secret" in notes) == bool(spec.get("x-secret")), prop
