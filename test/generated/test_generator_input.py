"""spec/validate.py and spec/generator_input.py, the steps `make generate` runs before the
generator: which validation errors stop a build, which schemas are cyclic, which names clash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "spec"))
import generator_input  # noqa: E402
import validate  # noqa: E402

sys.path.remove(str(ROOT / "spec"))

REPORT = """Validating spec (x.json)
Errors:
\t- attribute components.schemas.LlmGenerationConfig.default is not of type `array`
{extra}Warnings:
\t- Unused model: UserApiKey

[error] Spec has 2 errors.
"""


def test_only_defaults_of_the_wrong_type_are_skipped() -> None:
    assert validate.refused(REPORT.format(extra=""), 1) == []
    other = "\t- attribute paths.'/x'(get).responses is missing\n"
    assert validate.refused(REPORT.format(extra=other), 1) == [
        "attribute paths.'/x'(get).responses is missing"
    ]
    # A warning is never an error, and a failure that names nothing is one.
    assert validate.refused("Warnings:\n\t- Unused model: A\n", 0) == []
    assert validate.refused("Exception in thread main", 1) != []


def test_the_published_documents_pass_and_say_what_is_skipped() -> None:
    generator = str(Path(sys.executable).parent / "openapi-generator-cli")
    newest = subprocess.run(
        [sys.executable, "spec/validate.py", generator, "spec/trieve-openapi-0.13.0.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert newest.returncode == 0, newest.stderr
    assert "LlmGenerationConfig.default is not of type" in newest.stdout
    assert "generating without the generator's validation" in newest.stdout


def schemas(**named: dict[str, object]) -> dict[str, object]:
    return named


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_cycles_are_found_through_every_kind_of_reference() -> None:
    found = generator_input.cyclic(
        schemas(
            Self={"properties": {"kids": {"type": "array", "items": ref("Self")}}},
            A={"properties": {"b": {"additionalProperties": ref("B")}}},
            B={"oneOf": [ref("A"), {"type": "string"}]},
            UsesA={"properties": {"a": ref("A")}},
            Leaf={"type": "string"},
        )
    )
    assert found == {"Self", "A", "B"}
    # A chain far longer than Python's recursion limit is walked.
    chain = {f"S{i}": {"properties": {"n": ref(f"S{i + 1}")}} for i in range(5000)}
    chain["S5000"] = {"properties": {"n": ref("S0")}}
    assert len(generator_input.cyclic(chain)) == 5001


def test_only_a_document_with_cycles_is_copied_with_marks(tmp_path: Path) -> None:
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"components": {"schemas": {"A": {"type": "string"}}}}))
    assert generator_input.main([str(plain), str(tmp_path / "out")]) == 0
    assert not (tmp_path / "out").exists()
    inline = {"oneOf": [{"properties": {"again": ref("C")}}, {"type": "string"}]}
    cyclic = tmp_path / "cyclic.json"
    cyclic.write_text(json.dumps({"components": {"schemas": {"C": inline, "D": {}}}}))
    assert generator_input.main([str(cyclic), str(tmp_path / "out")]) == 0
    marked = json.loads((tmp_path / "out" / "cyclic.json").read_text())["components"]["schemas"]
    assert marked["C"]["x-py-cycle"] is True
    assert marked["C"]["oneOf"][0]["x-py-cycle"] is True  # an inline model of the cycle
    assert "x-py-cycle" not in marked["D"]


def test_only_plain_property_names_are_marked_to_go_without_an_alias() -> None:
    properties = {
        name: {"type": "string"}
        for name in ("tag_set", "BM25_B", "camelCase", "class", "schema", "_x", "a__b", "v2")
    }
    properties["by_ref"] = ref("Other")
    properties["camelRef"] = ref("Other")
    document = {"components": {"schemas": {"S": {"properties": properties}}}}
    assert generator_input.marked(document) is document
    marked = {name for name, prop in properties.items() if prop.get("x-py-plain-name")}
    assert marked == {"tag_set", "v2", "by_ref"}
    # A bare `$ref` can carry no mark: it is wrapped, for the generator the same type.
    assert properties["by_ref"] == {"allOf": [ref("Other")], "x-py-plain-name": True}
    assert properties["camelRef"] == ref("Other")


def test_names_the_package_holds_are_mapped_to_model_names() -> None:
    document = {
        "paths": {"/x": {"get": {"tags": ["User"]}}},
        "components": {"schemas": {"Configuration": {}, "Field": {}, "UserApi": {}, "Pet": {}}},
    }
    assert generator_input.clashing(document) == ["Configuration", "Field", "UserApi"]
    for published in ("openapi.json", "spec/trieve-openapi-0.13.0.json"):
        text = (ROOT / published).read_text(encoding="utf-8")
        assert generator_input.clashing(json.loads(text)) == []


def test_operations_are_marked_only_where_they_differ_from_the_defaults() -> None:
    json_body = {"content": {"application/json": {}}}
    plain = {
        "security": [{"ApiKey": []}],
        "requestBody": json_body,
        "responses": {"200": json_body},
    }
    other = {
        "security": [],
        "requestBody": {"content": {"text/csv": {}}},
        "responses": {"200": {"content": {"text/plain": {}}}},
        "parameters": [
            {"name": "itemId", "in": "path"},
            {"name": "ids", "in": "query", "explode": False, "schema": {"type": "array"}},
            {"name": "tags", "in": "query", "schema": {"type": "array"}},
        ],
    }
    shared = {"name": "owner_id", "in": "path"}
    document = {
        "paths": {
            "/a": {"post": plain},
            "/b/{owner_id}/{itemId}": {"parameters": [shared], "put": other},
        }
    }
    assert generator_input.marked(document) is document
    assert "x-py-operation" not in plain
    assert other["x-py-operation"] == {
        "py_accept": "text/plain",
        "py_content_type": "text/csv",
        "py_auth": {"names": []},
        "py_csv": True,
        "py_path": True,
    }
    # Only the path parameter the generator renames is listed.
    assert [p.get("x-py-renamed", False) for p in [shared, *other["parameters"]]] == [
        False,
        True,
        False,
        False,
    ]
