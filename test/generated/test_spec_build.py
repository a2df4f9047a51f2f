"""openapi.json is the published document with the corrections of spec/corrections.json, each
with its reason, and spec/build.py writes it the same way every time."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from trieve_py_client._version import API_VERSION

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "spec"


def load_build() -> ModuleType:
    # spec/ is a folder of files, not a package: its script is loaded by path.
    found = importlib.util.spec_from_file_location("spec_build", SPEC_DIR / "build.py")
    assert found is not None
    assert found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules.setdefault("spec_build", module)
    found.loader.exec_module(module)
    return module


build = load_build()
OVERLAY: dict[str, Any] = json.loads((SPEC_DIR / "corrections.json").read_text(encoding="utf-8"))
PUBLISHED_PATH = SPEC_DIR / OVERLAY["published"]


def published() -> Any:
    return json.loads(PUBLISHED_PATH.read_text(encoding="utf-8"))


# --- the corrections of this repository ---------------------------------------------------------


def test_the_published_document_is_the_api_version_it_is_named_for() -> None:
    assert PUBLISHED_PATH.parent == SPEC_DIR
    assert PUBLISHED_PATH.name == f"trieve-openapi-{API_VERSION}.json"
    assert published()["info"]["version"] == API_VERSION


@pytest.mark.parametrize(
    "action", OVERLAY["corrections"], ids=lambda action: f"{action['op']} {action['target']}"
)
def test_every_correction_says_what_it_does_and_why(action: dict[str, Any]) -> None:
    assert set(action) <= {"target", "op", "value", "why"}
    assert action["op"] in build.OPS
    assert action["target"].startswith("/")
    assert len(action["why"].split()) >= 8, "a reason, not a label"


def test_openapi_json_is_what_the_build_writes_and_the_build_is_reproducible(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    server_first, server_second = tmp_path / "server1.json", tmp_path / "server2.json"
    assert build.main(["--output", str(first), "--server-output", str(server_first)]) == 0
    assert build.main(["--output", str(second), "--server-output", str(server_second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert (ROOT / "openapi.json").read_bytes() == first.read_bytes()
    # The local server's compact form is written by the same build, from the same document.
    assert server_first.read_bytes() == server_second.read_bytes()
    shipped = ROOT / "trieve_py_client" / "testing" / "spec.json"
    assert shipped.read_bytes() == server_first.read_bytes()


def test_the_local_servers_spec_has_every_operation_and_the_role_its_handler_asks_for() -> None:
    shipped = json.loads((ROOT / "trieve_py_client/testing/spec.json").read_text("utf-8"))
    document = json.loads((ROOT / "openapi.json").read_text("utf-8"))
    ids = {op["operationId"] for item in document["paths"].values() for op in item.values()}
    roles = {op["id"]: op["role"] for op in shipped["operations"]}
    assert set(roles) == ids
    # From the published document's security scopes, which the corrections empty.
    assert roles["create_dataset"] == "owner"
    assert roles["get_organization_users"] == "admin"
    assert roles["set_user_api_key"] == roles["get_user_api_keys"] == "readonly"
    assert roles["health_check"] is None
    assert roles["get_metrics"] == "X-API-KEY"
    # Integer types as the server declares them, not the client's added bounds.
    role = shipped["schemas"]["SetUserApiKeyRequest"]["properties"]["role"]
    assert role == {"type": "integer", "format": "int32"}


def test_the_build_leaves_the_published_document_alone() -> None:
    document = published()
    before = json.dumps(document)
    corrected = build.build(document, OVERLAY["corrections"])
    assert json.dumps(document) == before
    assert corrected != document


# --- what each kind of action does --------------------------------------------------------------

DOC: dict[str, Any] = {
    "paths": {
        "/a": {"get": {"security": [{"Key": ["admin"]}]}, "put": {"security": [{"Key": []}]}},
        "/b/{id}": {"post": {"security": [{"Other": []}]}, "delete": {}},
    },
    "list": [1, 2, 3],
    "schema": {"properties": {"x": {"type": "string"}}},
}


def apply(*actions: dict[str, Any]) -> Any:
    return build.build(DOC, [{"why": "a reason for the test", **action} for action in actions])


def test_set_replaces_or_adds_a_member_and_an_item() -> None:
    done = apply(
        {"target": "/schema/properties/x/format", "op": "set", "value": "uuid"},
        {"target": "/schema/properties/x/type", "op": "set", "value": "integer"},
        {"target": "/list/1", "op": "set", "value": 20},
        {"target": "/paths/~1b~1{id}/delete/summary", "op": "set", "value": "gone"},
    )
    assert done["schema"]["properties"]["x"] == {"type": "integer", "format": "uuid"}
    assert done["list"] == [1, 20, 3]
    assert done["paths"]["/b/{id}"]["delete"] == {"summary": "gone"}


def test_merge_merges_nested_objects_and_remove_deletes() -> None:
    done = apply(
        {"target": "/schema", "op": "merge", "value": {"properties": {"x": {"minimum": 0}}}},
        {"target": "/list/0", "op": "remove"},
        {"target": "/paths/~1a", "op": "remove"},
    )
    assert done["schema"]["properties"]["x"] == {"type": "string", "minimum": 0}
    assert done["list"] == [2, 3]
    assert list(done["paths"]) == ["/b/{id}"]


def test_a_wildcard_applies_wherever_the_target_exists() -> None:
    done = apply({"target": "/paths/*/*/security/*/Key", "op": "set", "value": []})
    assert done["paths"]["/a"]["get"]["security"] == [{"Key": []}]
    # Where the target is missing (another scheme, no security at all), nothing is added.
    assert done["paths"]["/b/{id}"] == DOC["paths"]["/b/{id}"]
    assert apply({"target": "/list/*", "op": "remove"})["list"] == []


def test_a_selector_applies_to_the_items_whose_member_has_the_value() -> None:
    document = {
        "paths": {
            "/a": {"get": {"parameters": [{"name": "X-V", "schema": {}}, {"name": "id"}]}},
            "/b": {"get": {"parameters": [{"name": "id"}]}, "put": {"parameters": []}},
        }
    }
    done = build.build(
        document,
        [
            {
                "target": "/paths/*/*/parameters/*[name=X-V]/schema",
                "op": "set",
                "value": {"type": "string"},
                "why": "a reason for the test",
            }
        ],
    )
    assert done["paths"]["/a"]["get"]["parameters"][0] == {
        "name": "X-V",
        "schema": {"type": "string"},
    }
    assert done["paths"]["/b"] == document["paths"]["/b"]
    # Like `*`, a selector adds nothing where its target is missing.
    missing = {"target": "/paths/*/*/parameters/*[name=id]/in", "op": "set", "value": "query"}
    with pytest.raises(build.CorrectionError, match="no such place"):
        build.build(document, [{"why": "a reason for the test", **missing}])


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"target": "/schema/type", "op": "set", "value": 1, "why": " "}, "says why"),
        ({"target": "/schema/type", "op": "replace", "value": 1}, "an op of"),
        ({"target": "schema", "op": "remove"}, "not a JSON pointer"),
        ({"target": "/schema/type", "op": "set"}, "no value"),
        ({"target": "/nowhere/type", "op": "set", "value": 1}, "no such place"),
        ({"target": "/schema/missing", "op": "remove"}, "no such place"),
        ({"target": "/schema/missing", "op": "merge", "value": {}}, "no such place"),
        ({"target": "/paths/*/patch", "op": "set", "value": {}}, "no such place"),
        ({"target": "/list/0", "op": "merge", "value": {"a": 1}}, "object into an object"),
        ({"target": "/schema/properties/x/type", "op": "set", "value": "string"}, "nothing"),
        ({"target": "/paths/*/put/security/0/Key", "op": "set", "value": []}, "nothing"),
    ],
)
def test_an_action_that_cannot_apply_or_changes_nothing_fails(
    action: dict[str, Any], message: str
) -> None:
    with pytest.raises(build.CorrectionError, match=message):
        build.build(DOC, [{"why": "a reason for the test", **action}])


def test_the_command_reports_a_bad_correction_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = tmp_path / "corrections.json"
    stale = {"target": "/info/version", "op": "set", "value": API_VERSION, "why": "already so"}
    overlay.write_text(json.dumps({"published": str(PUBLISHED_PATH), "corrections": [stale]}))
    monkeypatch.setattr(build, "CORRECTIONS", overlay)
    output = tmp_path / "openapi.json"
    assert build.main(["--output", str(output), "--server-output", str(tmp_path / "s")]) == 1
    assert not output.exists()
    assert "set /info/version: changes nothing" in capsys.readouterr().err


# --- the x-read-only marks ----------------------------------------------------------------------

OPERATIONS_DOC: dict[str, Any] = {
    "paths": {
        "/search": {"post": {"operationId": "search"}, "parameters": []},
        "/items": {"post": {"operationId": "create"}, "get": {"operationId": "list_items"}},
    }
}


def test_each_listed_operation_is_marked_read_only_and_no_other() -> None:
    done = build.build(OPERATIONS_DOC, [], ["search", "list_items"])
    assert done["paths"]["/search"]["post"] == {"operationId": "search", "x-read-only": True}
    assert done["paths"]["/items"]["get"]["x-read-only"] is True
    assert "x-read-only" not in done["paths"]["/items"]["post"]
    assert "x-read-only" not in json.dumps(build.build(OPERATIONS_DOC, []))


def test_marking_an_operation_the_document_lacks_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(
        build.CorrectionError, match="x-read-only gone: the document has no such operation"
    ):
        build.build(OPERATIONS_DOC, [], ["search", "gone"])
    listing = tmp_path / "read_only_operations.json"
    listing.write_text(json.dumps({"read_only": {"no_such_operation": "a reason"}}))
    monkeypatch.setattr(build, "READ_ONLY", listing)
    output = tmp_path / "openapi.json"
    assert build.main(["--output", str(output), "--server-output", str(tmp_path / "s")]) == 1
    assert not output.exists()
    assert "x-read-only no_such_operation" in capsys.readouterr().err
