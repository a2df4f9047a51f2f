"""The code agrees with openapi.json: the document, the configuration and the operations.

Every check loops over the spec, so a change on either side without the other fails here: each
tag is an API class of ``trieve_py_client.api``, each operation its three methods and an
``Operation`` in the tag's module, with the spec's method, path, parameters, body, responses and
security; the configuration has the spec's servers and security schemes; the version numbers of
the package, the spec and openapi-generator-config.yaml agree. test_openapi_models.py checks
the schemas.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import types
import typing
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]  # the test extras pin no types-PyYAML
from docsindex import read_only_marks
from pydantic import BaseModel, RootModel

import trieve_py_client
from trieve_py_client import api, models
from trieve_py_client._version import API_VERSION, __version__
from trieve_py_client.api_client import Operation, Parameter
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.configuration import Configuration

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.json"
CONFIG_PATH = ROOT / "openapi-generator-config.yaml"
# Which POSTs of the published spec only read, from the server's handlers: the x-read-only marks.
READ_ONLY_PATH = ROOT / "spec" / "read_only_operations.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
CONFIG: dict[str, Any] = yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
VARIANTS = ("", "_with_http_info", "_without_preload_content")
JSON = "application/json"

ROUTES = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in HTTP_METHODS
]
OPERATIONS = [pytest.param(*route, id=route[2]["operationId"]) for route in ROUTES]
TAGS = sorted({operation["tags"][0] for _path, _method, operation in ROUTES})


# --- helpers ------------------------------------------------------------------------------------


def snake_case(name: str) -> str:
    """``SetUserApiKeyRequest`` -> ``set_user_api_key_request``, ``TR-Dataset`` -> ``tr_dataset``."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return words.replace("-", "_").lower()


def class_name(tag: str) -> str:
    """The API class of a tag: ``Chunk Group`` -> ``ChunkGroupApi``."""
    return "".join(tag.split()) + "Api"


def api_module(tag: str) -> ModuleType:
    return importlib.import_module(f"trieve_py_client.api.{snake_case(class_name(tag))}")


def api_class(operation: dict[str, Any]) -> type:
    (tag,) = operation["tags"]
    cls: type = getattr(api_module(tag), class_name(tag))
    return cls


def schema_name(schema: dict[str, Any]) -> str:
    name: str = schema["$ref"].removeprefix(SCHEMA_REF)
    assert name in SPEC["components"]["schemas"], f"{schema['$ref']} does not resolve"
    return name


def python_type(schema: dict[str, Any] | None) -> Any:
    """The Python type the code must use for a response or body schema of the spec."""
    if schema is None:
        return None
    if "$ref" in schema:
        return getattr(models, schema_name(schema))
    if schema.get("type") == "array":
        return list[python_type(schema["items"])]  # type: ignore[misc]
    if schema == {"type": "string"}:
        return str
    raise AssertionError(f"no Python type rule for schema {schema}")


def base_of(annotation: Any) -> Any:
    """The type under ``Annotated`` (pydantic's ``StrictStr`` is ``str``)."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def without_implicit_optional(annotation: Any) -> Any:
    """Python 3.10's ``get_type_hints`` wraps the annotation of a parameter that defaults to
    None in ``Optional``; later versions leave it as written."""
    args = typing.get_args(annotation)
    if len(args) == 2 and args[1] is type(None) and typing.get_origin(args[0]) is typing.Annotated:
        return args[0]
    return annotation


def body_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    body = operation.get("requestBody")
    if body is None:
        return None
    assert list(body["content"]) == [JSON]
    schema: dict[str, Any] = body["content"][JSON]["schema"]
    # An optional body is spelt `allOf: [$ref], nullable: true`.
    return schema["allOf"][0] if "allOf" in schema else schema


def content_schema(response: dict[str, Any]) -> dict[str, Any] | None:
    content = response.get("content")
    if not content:
        return None
    (media,) = content.values()
    schema: dict[str, Any] = media["schema"]
    return schema


def spec_arguments(operation: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(argument name, spec parameter or body) in the order of the generated methods: the
    parameters in the spec's order with the body last, then the required ones first."""
    found = [(snake_case(p["name"]), p) for p in operation.get("parameters", [])]
    body = operation.get("requestBody")
    if body is not None:
        found.append((snake_case(schema_name(body_schema(operation) or {})), body))
    return sorted(found, key=lambda item: not item[1].get("required"))


def arguments(func: Any) -> list[str]:
    """The named parameters of an API method, without self and the **options."""
    return [
        name
        for name, param in inspect.signature(func).parameters.items()
        if name != "self" and param.kind is not inspect.Parameter.VAR_KEYWORD
    ]


def success_type(operation: dict[str, Any]) -> Any:
    success = [code for code in operation["responses"] if code.startswith("2")]
    assert len(success) <= 1
    return python_type(content_schema(operation["responses"][success[0]])) if success else None


def declared_operations(cls: type) -> dict[str, Operation]:
    """The ``Operation`` of each method of ``cls`` that has one, by the method's name."""
    return {
        name: member.operation
        for name, member in vars(cls).items()
        if isinstance(getattr(member, "operation", None), Operation)
    }


def operation_data(path: str, method: str, operation: dict[str, Any]) -> Operation:
    found = [
        (name, value)
        for name, value in declared_operations(api_class(operation)).items()
        if (value.path, value.method) == (path, method.upper())
    ]
    assert len(found) == 1, f"want one Operation for {method.upper()} {path}, found {found}"
    name, data = found[0]
    assert name == operation["operationId"]
    return data


# --- the document itself ------------------------------------------------------------------------


def test_spec_is_valid_openapi_3_0_3() -> None:
    validator = pytest.importorskip("openapi_spec_validator")
    assert SPEC["openapi"] == "3.0.3"
    validator.validate(SPEC, cls=validator.OpenAPIV30SpecValidator)


def test_spec_version_is_the_api_version() -> None:
    assert SPEC["info"]["version"] == API_VERSION


def test_servers_are_the_configured_host_settings() -> None:
    configured = [(s["url"], s["description"]) for s in Configuration().get_host_settings()]
    assert [(s["url"], s["description"]) for s in SPEC["servers"]] == configured
    assert all(not s.get("variables") for s in SPEC["servers"])
    assert Configuration(api_key={}).host == SPEC["servers"][0]["url"]


def test_security_schemes_are_what_the_configuration_sends() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    settings = Configuration(api_key=dict.fromkeys(schemes, "tr-x")).auth_settings()
    assert set(schemes) == set(settings)
    for name, scheme in schemes.items():
        assert scheme["type"] == "apiKey"
        assert (scheme["in"], scheme["name"]) == (settings[name]["in"], settings[name]["key"])


def test_tags_are_exactly_the_api_classes() -> None:
    assert sorted(class_name(tag) for tag in TAGS) == sorted(api.__all__)
    assert set(api.__all__) <= set(trieve_py_client.__all__)
    assert {tag["name"] for tag in SPEC["tags"]} == set(TAGS)


@pytest.mark.parametrize("tag", TAGS)
def test_each_api_class_has_exactly_its_operations(tag: str) -> None:
    mine = [(p, m, op) for p, m, op in ROUTES if op["tags"] == [tag]]
    cls = getattr(trieve_py_client, class_name(tag))
    public = {name for name, member in vars(cls).items() if callable(member) and name[0] != "_"}
    # Beside the three variants, `_stream` where the spec says it streams (x-stream) and
    # `_pages` where it pages (x-pages).
    helpers = {"_stream": "x-stream", "_pages": "x-pages"}
    expected = {op["operationId"] + variant for _p, _m, op in mine for variant in VARIANTS}
    expected |= {
        op["operationId"] + s for _p, _m, op in mine for s, x in helpers.items() if x in op
    }
    assert public == expected
    declared = {(v.method, v.path) for v in declared_operations(cls).values()}
    assert declared == {(method.upper(), path) for path, method, _op in mine}


def test_the_key_listing_the_published_spec_lacks_is_an_operation() -> None:
    # The one operation of openapi.json that the published document leaves out (spec/).
    listing = SPEC["paths"]["/api/user/api_key"]["get"]
    assert listing["operationId"] == "get_user_api_keys"
    assert callable(trieve_py_client.UserApi.get_user_api_keys)


# --- operations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_operation_data_matches_the_spec(path: str, method: str, operation: dict[str, Any]) -> None:
    data = operation_data(path, method, operation)
    assert data.name == operation["operationId"]
    responses = operation["responses"]
    assert list(data.response_types) == list(responses)
    for status, response in responses.items():
        expected = python_type(content_schema(response))
        assert base_of(data.response_types[status]) == expected, status
    body = operation.get("requestBody")
    assert data.content_type == (JSON if body else None)
    assert data.optional_body == (body is not None and not body.get("required"))
    media = [m for response in responses.values() for m in response.get("content", {})]
    assert data.accept == (media[0] if media else None)
    assert list(data.auth) == [s for req in operation.get("security", []) for s in req]
    # The header of each scheme comes from the configuration, not from each operation.
    schemes = SPEC["components"]["securitySchemes"]
    known = Configuration().security_schemes
    assert {name: known[name] for name in data.auth} == {
        name: schemes[name]["name"] for name in data.auth
    }
    expected = [
        Parameter(snake_case(p["name"]), p["in"], p["name"])
        for p in operation.get("parameters", [])
    ]
    assert sorted(data.params, key=repr) == sorted(expected, key=repr)
    assert data.deprecated == bool(operation.get("deprecated"))
    assert data.read_only is bool(operation.get("x-read-only"))


def parameter_type(schema: dict[str, Any]) -> Any:
    """The base type of a path, query or header parameter of this spec."""
    if schema.get("format") == "uuid":
        return str | uuid.UUID
    return {"string": str, "integer": int, "boolean": bool}[schema["type"]]


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_x_read_only_iff_the_server_only_reads(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    found = json.loads(READ_ONLY_PATH.read_text(encoding="utf-8"))
    assert not set(found["read_only"]) & set(found["not_read_only"])
    # Marked exactly when the handler was found to only read; unknown operations stay unmarked.
    assert operation.get("x-read-only", False) is (operation["operationId"] in found["read_only"])


def test_the_docs_index_marks_exactly_the_x_read_only_operations() -> None:
    marks = read_only_marks((ROOT / "docs" / "README.md").read_text(encoding="utf-8"))
    assert set(marks) == {operation["operationId"] for _path, _method, operation in ROUTES}
    marked = {op["operationId"] for _path, _method, op in ROUTES if op.get("x-read-only")}
    assert {name for name, read_only in marks.items() if read_only} == marked


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_signatures_match_the_spec(path: str, method: str, operation: dict[str, Any]) -> None:
    op_id = operation["operationId"]
    returned = success_type(operation)
    cls = api_class(operation)
    for variant in VARIANTS:
        method_obj = getattr(cls, op_id + variant)
        expected = spec_arguments(operation)
        assert arguments(method_obj) == [name for name, _spec in expected], op_id + variant
        found = typing.get_type_hints(method_obj, include_extras=True)
        wanted = type(None) if returned is None else returned
        if variant == "":
            assert base_of(found["return"]) == wanted
        elif variant == "_with_http_info":
            assert typing.get_origin(found["return"]) is ApiResponse
            assert base_of(typing.get_args(found["return"])[0]) == wanted
        for name, spec in expected:
            given = inspect.signature(method_obj).parameters[name].default
            assert given is (inspect.Parameter.empty if spec.get("required") else None), name
            annotation = without_implicit_optional(found[name])
            _base, *extras = typing.get_args(annotation)
            assert spec.get("description") in [getattr(e, "description", None) for e in extras]
            members = [a for a in typing.get_args(base_of(annotation)) if a is not type(None)]
            base = members[0] if len(members) == 1 else base_of(annotation)
            if "content" in spec:  # the body
                assert base_of(base) is python_type(body_schema(operation)), name
            else:
                wanted = parameter_type(spec["schema"])
                assert base_of(base) == wanted or base == wanted, name


class RecordingClient:
    """Stands in for ApiClient: records what each variant hands it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Operation, dict[str, Any], Any]] = []
        self.configuration = Configuration()
        self.data = object()
        self.response = object()

    def execute(
        self, operation: Operation, options: Any, params: Any = None, body: Any = None
    ) -> types.SimpleNamespace:
        self.calls.append(("execute", operation, dict(params or {}), body))
        return types.SimpleNamespace(data=self.data)

    def send(
        self, operation: Operation, options: Any, params: Any = None, body: Any = None
    ) -> types.SimpleNamespace:
        self.calls.append(("send", operation, dict(params or {}), body))
        return types.SimpleNamespace(response=self.response)


def value_for(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    """A valid argument for a parameter or the body."""
    if "content" in spec:
        model = getattr(models, schema_name(body_schema(operation) or {}))
        # A model built without validation: the operation's own check takes an instance as is.
        return (
            model.model_construct(None) if issubclass(model, RootModel) else model.model_construct()
        )
    kind = parameter_type(spec["schema"])
    return {str: "value", int: 1, bool: True}.get(kind, str(uuid.uuid4()))


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_each_variant_sends_the_operation_of_its_route(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    data = operation_data(path, method, operation)
    values = {name: value_for(spec, operation) for name, spec in spec_arguments(operation)}
    client = RecordingClient()
    instance = api_class(operation)(client)
    op_id = operation["operationId"]
    assert getattr(instance, op_id)(**values) is client.data
    assert getattr(instance, op_id + "_with_http_info")(**values).data is client.data
    assert getattr(instance, op_id + "_without_preload_content")(**values) is client.response
    assert [call[0] for call in client.calls] == ["execute", "execute", "send"]
    body = next((v for v in values.values() if isinstance(v, BaseModel)), None)
    parameters = {p.name: values[p.name] for p in data.params}
    for _kind, sent, sent_params, sent_body in client.calls:
        assert sent is data
        assert sent_params == parameters
        assert sent_body is body


# --- openapi-generator-config.yaml --------------------------------------------------------------


def test_generator_config_versions_agree_with_the_package() -> None:
    extra = CONFIG["additionalProperties"]
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    version = re.search(r'^\[project\]\n(?:.*\n)*?version\s*=\s*"([^"]+)"', pyproject, re.M)
    assert version, "pyproject.toml's [project] has no version"
    assert extra["packageVersion"] == __version__ == version[1]
    # The generated root states the version too (another spec's package states its own).
    assert trieve_py_client.__version__ == __version__
    assert extra["apiVersion"] == API_VERSION == SPEC["info"]["version"]


def test_generator_config_names_this_package_and_spec() -> None:
    extra = CONFIG["additionalProperties"]
    assert CONFIG["generatorName"] == "python"
    assert CONFIG["library"] == "urllib3"
    assert extra["packageName"] == trieve_py_client.__name__ == extra["projectName"]
    assert (ROOT / CONFIG["inputSpec"]).resolve() == SPEC_PATH
    assert (ROOT / extra["packageName"] / "__init__.py").is_file()
    assert CONFIG["templateDir"]
