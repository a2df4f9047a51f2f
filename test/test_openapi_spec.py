"""The code agrees with openapi.json.

Every check loops over the spec (its operations, schemas and properties), so a change on either
side without the other fails here: ``UserApi`` and the ``Operation`` data in
``trieve_py_client.api.user_api`` against the paths, the models against the schemas, the
configuration against the servers and the security scheme, and the version numbers of the
package, the spec and openapi-generator-config.yaml against each other.
"""

from __future__ import annotations

import datetime
import inspect
import json
import re
import types
import typing
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]  # the test extras pin no types-PyYAML
from docsindex import read_only_marks
from pydantic import TypeAdapter, ValidationError

import trieve_py_client
from trieve_py_client import models
from trieve_py_client._version import API_VERSION, __version__
from trieve_py_client.api import user_api
from trieve_py_client.api_client import Operation
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.configuration import Configuration
from trieve_py_client.models._base import SECRET, TrieveModel

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi.json"
CONFIG_PATH = ROOT / "openapi-generator-config.yaml"
# Which POSTs of the published spec only read, from the server's handlers: the x-read-only marks.
READ_ONLY_PATH = ROOT / "spec" / "read_only_operations.json"
PYPROJECT_PATH = ROOT / "pyproject.toml"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
VARIANTS = ("", "_with_http_info", "_without_preload_content")
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
JSON = "application/json"

ROUTES = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in HTTP_METHODS
]
OPERATIONS = [pytest.param(*route, id=route[2]["operationId"]) for route in ROUTES]
SCHEMAS = SPEC["components"]["schemas"]
SCHEMA_PARAMS = [pytest.param(name, schema, id=name) for name, schema in SCHEMAS.items()]
PROPERTIES = [
    pytest.param(name, prop_name, prop, id=f"{name}.{prop_name}")
    for name, schema in SCHEMAS.items()
    for prop_name, prop in schema.get("properties", {}).items()
]


# --- helpers ------------------------------------------------------------------------------------


def snake_case(name: str) -> str:
    """``SetUserApiKeyRequest`` -> ``set_user_api_key_request``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def model_class(schema_name: str) -> type[TrieveModel]:
    cls: type[TrieveModel] | None = getattr(models, schema_name, None)
    assert cls is not None, f"trieve_py_client.models has no class for schema {schema_name}"
    return cls


def python_type(schema: dict[str, Any] | None) -> Any:
    """The Python type the code must use for a response or body schema of the spec."""
    if schema is None:
        return None
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith(SCHEMA_REF), f"unexpected $ref {ref}"
        name = ref.removeprefix(SCHEMA_REF)
        assert name in SCHEMAS, f"$ref {ref} does not resolve"
        return model_class(name)
    if schema.get("type") == "array":
        return types.GenericAlias(list, (python_type(schema["items"]),))
    raise AssertionError(f"no Python type rule for schema {schema}")


def json_schema_of(response: dict[str, Any]) -> dict[str, Any] | None:
    content = response.get("content")
    if not content:
        return None
    assert list(content) == [JSON], f"only {JSON} is expected, got {list(content)}"
    schema: dict[str, Any] = content[JSON]["schema"]
    return schema


def operation_data(path: str, method: str) -> tuple[str, Operation]:
    found = [
        (name, value)
        for name, value in vars(user_api).items()
        if isinstance(value, Operation) and (value.path, value.method) == (path, method.upper())
    ]
    assert len(found) == 1, f"want one Operation for {method.upper()} {path}, found {found}"
    return found[0]


def strip_annotated(tp: Any) -> tuple[Any, list[Any]]:
    if typing.get_origin(tp) is typing.Annotated:
        base, *extras = typing.get_args(tp)
        return base, extras
    return tp, []


def hints(func: Any) -> dict[str, Any]:
    return typing.get_type_hints(func, include_extras=True)


def arguments(func: Any) -> list[str]:
    """The named parameters of a UserApi method, without self and the **options."""
    return [
        name
        for name, param in inspect.signature(func).parameters.items()
        if name != "self" and param.kind is not inspect.Parameter.VAR_KEYWORD
    ]


def spec_arguments(operation: dict[str, Any]) -> list[str]:
    names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "path"]
    if "requestBody" in operation:
        names.append(body_argument(operation))
    return names


def body_argument(operation: dict[str, Any]) -> str:
    schema = json_schema_of(operation["requestBody"])
    assert schema is not None
    assert "$ref" in schema
    return snake_case(schema["$ref"].removeprefix(SCHEMA_REF))


def without_null(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Pydantic spells a nullable field ``anyOf: [X, {type: null}]``; give ``(X, nullable)``."""
    options = schema.get("anyOf")
    if options is None:
        return schema, False
    rest = [option for option in options if option != {"type": "null"}]
    assert len(rest) == 1, f"unexpected union {schema}"
    return {**{k: v for k, v in schema.items() if k != "anyOf"}, **rest[0]}, True


def shape(schema: dict[str, Any], *, generated: bool) -> dict[str, Any]:
    """The parts of a property schema that spec and code must agree on: type, format, bounds,
    items, nullable and x-secret. Pydantic states int32 as bounds, the spec as a format; the
    spec's own bounds, narrower, replace the int32 ones."""
    nullable = bool(schema.get("nullable"))
    if generated:
        schema, nullable = without_null(schema)
    out: dict[str, Any] = {"type": schema.get("type"), "nullable": nullable}
    fmt = schema.get("format")
    bounds = {key: schema[key] for key in ("minimum", "maximum") if key in schema}
    if generated and tuple(bounds.values()) == (INT32_MIN, INT32_MAX):
        fmt, bounds = "int32", {}
    if not generated and fmt == "int32" and bounds:
        fmt = None
    out.update(bounds)
    if fmt is not None:
        out["format"] = fmt
    if "items" in schema:
        out["items"] = shape(schema["items"], generated=generated)
    if schema.get("x-secret"):
        out["x-secret"] = True
    return out


def format_of(prop: dict[str, Any]) -> str | None:
    """The format of a property or, for an array, of its items."""
    fmt: str | None = prop.get("format") or prop.get("items", {}).get("format")
    return fmt


def example_model(schema_name: str) -> Any:
    example = SCHEMAS[schema_name].get("example")
    assert example is not None, f"schema {schema_name} needs an example for these checks"
    return model_class(schema_name).from_dict(example)


def value_for(prop: dict[str, Any], scalar: Any) -> Any:
    return [scalar] if prop.get("type") == "array" else scalar


def project_version() -> str:
    """[project].version of pyproject.toml (tomllib is not in Python 3.10)."""
    text = PYPROJECT_PATH.read_text(encoding="utf-8")
    section = re.search(r"^\[project\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert section, "pyproject.toml has no [project] table"
    version = re.search(r'^version\s*=\s*"([^"]+)"', section[1], re.MULTILINE)
    assert version, "[project] has no version"
    return version[1]


CONFIG: dict[str, Any] = yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))


# --- the document itself --------------------------------------------------------------------------


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


def test_security_scheme_is_what_the_configuration_sends() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    settings = Configuration(api_key={"ApiKey": "tr-x"}).auth_settings()
    assert set(schemes) == set(settings)
    for name, scheme in schemes.items():
        assert scheme["type"] == "apiKey"
        assert (scheme["in"], scheme["name"]) == (settings[name]["in"], settings[name]["key"])


def test_spec_operations_are_exactly_the_user_api_methods() -> None:
    public = {
        name
        for name, member in vars(user_api.UserApi).items()
        if callable(member) and not name.startswith("_")
    }
    plain = {name for name in public if not name.endswith(VARIANTS[1:])}
    spec_ids = {operation["operationId"] for _path, _method, operation in ROUTES}
    assert spec_ids == {
        "delete_user_api_key",
        "set_user_api_key",
        "update_user",
        "get_user_api_keys",
    }
    assert plain == spec_ids
    assert public == {op + variant for op in spec_ids for variant in VARIANTS}
    declared = {(v.method, v.path) for v in vars(user_api).values() if isinstance(v, Operation)}
    spec_routes = {(method.upper(), path) for path, method, _op in ROUTES}
    assert declared == spec_routes


def test_spec_schemas_are_exactly_the_models() -> None:
    assert set(SCHEMAS) == set(models.__all__)
    assert set(models.__all__) <= set(trieve_py_client.__all__)


# --- operations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_user_api_has_the_three_variants(path: str, method: str, operation: dict[str, Any]) -> None:
    # Each operation of the spec (the four named above) is a plain, a _with_http_info and a
    # _without_preload_content method of UserApi.
    op_id = operation["operationId"]
    assert operation["tags"] == ["User"]
    for variant in VARIANTS:
        assert callable(getattr(trieve_py_client.UserApi, op_id + variant, None)), op_id + variant


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_operation_data_matches_the_spec(path: str, method: str, operation: dict[str, Any]) -> None:
    name, data = operation_data(path, method)
    assert name == operation["operationId"].upper()
    spec_responses = operation["responses"]
    assert set(data.responses) == set(spec_responses)
    assert "default" in data.responses
    for status, response in spec_responses.items():
        assert data.responses[status] == python_type(json_schema_of(response)), status
    body = operation.get("requestBody")
    assert data.content_type == (JSON if body else None)
    if body:
        assert body["required"] is True
        assert list(body["content"]) == [data.content_type]
    assert data.accept == JSON
    assert [scheme for req in operation["security"] for scheme in req] == list(data.auth)
    assert data.read_only is bool(operation.get("x-read-only"))


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
    success = [s for s in operation["responses"] if s.startswith("2")]
    assert len(success) == 1
    returned = python_type(json_schema_of(operation["responses"][success[0]]))
    returns = {
        "": returned,
        "_with_http_info": ApiResponse[returned],  # type: ignore[valid-type]
        "_without_preload_content": None,  # the urllib3 response; nothing of the spec
    }
    for variant, return_type in returns.items():
        method_obj = getattr(trieve_py_client.UserApi, op_id + variant)
        assert arguments(method_obj) == spec_arguments(operation), op_id + variant
        found = hints(method_obj)
        if return_type is not None:
            assert found["return"] == return_type, op_id + variant
        for param in operation.get("parameters", []):
            assert param["in"] == "path"
            assert param["required"] is True
            base, extras = strip_annotated(found[param["name"]])
            generated = TypeAdapter(found[param["name"]]).json_schema()
            assert shape(generated, generated=True) == shape(param["schema"], generated=False)
            descriptions = [getattr(extra, "description", None) for extra in extras]
            assert param["description"] in descriptions
            # A string parameter; one in uuid format also takes a uuid.UUID.
            uuid_format = param["schema"].get("format") == "uuid"
            assert base == ((str | uuid.UUID) if uuid_format else str)
        if "requestBody" in operation:
            body_name = body_argument(operation)
            base, extras = strip_annotated(found[body_name])
            assert base is python_type(json_schema_of(operation["requestBody"]))
            descriptions = [getattr(extra, "description", None) for extra in extras]
            assert operation["requestBody"]["description"] in descriptions
            default = inspect.signature(method_obj).parameters[body_name].default
            assert default is inspect.Parameter.empty, "a required body has no default"


class RecordingClient:
    """Stands in for ApiClient: records what each variant hands it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Operation, dict[str, Any], Any]] = []
        self.data = object()
        self.response = object()

    def execute(
        self, operation: Operation, options: Any, path_params: Any = None, body: Any = None
    ) -> types.SimpleNamespace:
        self.calls.append(("execute", operation, dict(path_params or {}), body))
        return types.SimpleNamespace(data=self.data)

    def send(
        self, operation: Operation, options: Any, path_params: Any = None, body: Any = None
    ) -> types.SimpleNamespace:
        self.calls.append(("send", operation, dict(path_params or {}), body))
        return types.SimpleNamespace(response=self.response)


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_each_variant_sends_the_operation_of_its_route(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    _name, data = operation_data(path, method)
    path_values = {p["name"]: str(uuid.uuid4()) for p in operation.get("parameters", [])}
    args: list[Any] = list(path_values.values())
    body = None
    if "requestBody" in operation:
        schema = json_schema_of(operation["requestBody"])
        assert schema is not None
        body = example_model(schema["$ref"].removeprefix(SCHEMA_REF))
        args.append(body)
    client = RecordingClient()
    api = trieve_py_client.UserApi(client)  # type: ignore[arg-type]
    op_id = operation["operationId"]
    assert getattr(api, op_id)(*args) is client.data
    assert getattr(api, op_id + "_with_http_info")(*args).data is client.data
    assert getattr(api, op_id + "_without_preload_content")(*args) is client.response
    assert [call[0] for call in client.calls] == ["execute", "execute", "send"]
    for _kind, sent, sent_path, sent_body in client.calls:
        assert sent is data
        assert sent_path == path_values
        assert sent_body == body


# --- schemas --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "schema"), SCHEMA_PARAMS)
def test_model_has_exactly_the_schema_fields(name: str, schema: dict[str, Any]) -> None:
    cls = model_class(name)
    assert schema["type"] == "object"
    assert set(cls.model_fields) == set(schema["properties"])
    aliases = {field.alias or field_name for field_name, field in cls.model_fields.items()}
    assert aliases == set(schema["properties"]), "JSON names equal attribute names"
    assert set(schema["required"]) <= set(schema["properties"])


@pytest.mark.parametrize(("name", "schema"), SCHEMA_PARAMS)
def test_schema_example_round_trips_through_the_model(name: str, schema: dict[str, Any]) -> None:
    model = example_model(name)
    cls = model_class(name)
    assert cls.from_json(model.to_json()) == model
    assert cls.from_dict(model.to_dict()) == model
    for required in schema["required"]:
        incomplete = {k: v for k, v in schema["example"].items() if k != required}
        with pytest.raises(ValidationError):
            cls.from_dict(incomplete)


@pytest.mark.parametrize(("schema_name", "prop_name", "prop"), PROPERTIES)
def test_required_flag(schema_name: str, prop_name: str, prop: dict[str, Any]) -> None:
    field = model_class(schema_name).model_fields[prop_name]
    assert field.is_required() == (prop_name in SCHEMAS[schema_name]["required"])


@pytest.mark.parametrize(("schema_name", "prop_name", "prop"), PROPERTIES)
def test_nullable_iff_optional(schema_name: str, prop_name: str, prop: dict[str, Any]) -> None:
    annotation = model_class(schema_name).model_fields[prop_name].annotation
    optional = typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(
        None
    ) in typing.get_args(annotation)
    assert optional == bool(prop.get("nullable"))


@pytest.mark.parametrize(("schema_name", "prop_name", "prop"), PROPERTIES)
def test_generated_json_schema_has_the_spec_shape(
    schema_name: str, prop_name: str, prop: dict[str, Any]
) -> None:
    generated = model_class(schema_name).model_json_schema()["properties"][prop_name]
    assert shape(generated, generated=True) == shape(prop, generated=False)
    assert generated.get("description") == prop.get("description")


@pytest.mark.parametrize(("schema_name", "prop_name", "prop"), PROPERTIES)
def test_uuid_format_iff_uuid_str(schema_name: str, prop_name: str, prop: dict[str, Any]) -> None:
    generated, _ = without_null(
        model_class(schema_name).model_json_schema()["properties"][prop_name]
    )
    assert (format_of(generated) == "uuid") == (format_of(prop) == "uuid")
    item = prop.get("items", prop)
    if item.get("type") != "string" or item.get("format", "uuid") != "uuid":
        return  # not a string, or a string of another format such as date-time
    # The format must not be a label only: the model refuses what is not a UUID.
    model = example_model(schema_name)
    canonical = "123e4567-e89b-12d3-a456-426614174000"
    setattr(model, prop_name, value_for(prop, canonical))
    assert getattr(model, prop_name) == value_for(prop, canonical)
    if format_of(prop) == "uuid":
        setattr(model, prop_name, value_for(prop, uuid.UUID(canonical)))
        assert getattr(model, prop_name) == value_for(prop, canonical)
        with pytest.raises(ValidationError):
            setattr(model, prop_name, value_for(prop, "not-a-uuid"))
    else:
        setattr(model, prop_name, value_for(prop, "not-a-uuid"))


@pytest.mark.parametrize(("schema_name", "prop_name", "prop"), PROPERTIES)
def test_int32_iff_int32_bounds(schema_name: str, prop_name: str, prop: dict[str, Any]) -> None:
    generated, _ = without_null(
        model_class(schema_name).model_json_schema()["properties"][prop_name]
    )
    bounds = (generated.get("minimum"), generated.get("maximum"))
    is_int32 = prop.get("format") == "int32"
    # The spec's own bounds, such as a role's 0..2, narrow the int32 range.
    expected = (prop.get("minimum", INT32_MIN), prop.get("maximum", INT32_MAX))
    assert bounds == (expected if is_int32 else (None, None))
    if not is_int32:
        return
    model = example_model(schema_name)
    low, high = expected
    for good in (low, high):
        setattr(model, prop_name, good)
    for bad in (low - 1, high + 1, True, "1"):
        with pytest.raises(ValidationError):
            setattr(model, prop_name, bad)


def test_roles_out_of_range_are_refused_before_sending() -> None:
    """A key's role is 0 or 1 and a user's 0, 1 or 2: the models refuse anything else, so an
    out-of-range role never reaches the server (no client is even needed)."""
    org = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    assert models.SetUserApiKeyRequest(name="k", role=1).role == 1
    assert models.UpdateUserOrgRoleData(organization_id=org, role=2).role == 2
    for role in (-1, 2):
        with pytest.raises(ValidationError, match="role"):
            models.SetUserApiKeyRequest(name="k", role=role)
    for role in (-1, 3):
        with pytest.raises(ValidationError, match="role"):
            models.UpdateUserOrgRoleData(organization_id=org, role=role)


@pytest.mark.parametrize(("schema_name", "prop_name", "prop"), PROPERTIES)
def test_date_time_iff_datetime(schema_name: str, prop_name: str, prop: dict[str, Any]) -> None:
    annotation = model_class(schema_name).model_fields[prop_name].annotation
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    base = (
        args[0] if typing.get_origin(annotation) in (typing.Union, types.UnionType) else annotation
    )
    assert (base is datetime.datetime) == (prop.get("format") == "date-time")


@pytest.mark.parametrize(("schema_name", "prop_name", "prop"), PROPERTIES)
def test_x_secret_iff_secret_marker(schema_name: str, prop_name: str, prop: dict[str, Any]) -> None:
    field = model_class(schema_name).model_fields[prop_name]
    secret = SECRET in field.metadata
    assert secret == bool(prop.get("x-secret"))
    if secret:
        model = example_model(schema_name)
        value = getattr(model, prop_name)
        assert value == SCHEMAS[schema_name]["example"][prop_name]
        for shown in (repr(model), str(model), model.to_str()):
            assert value not in shown


# --- openapi-generator-config.yaml ----------------------------------------------------------------


def test_generator_config_versions_agree_with_the_package() -> None:
    extra = CONFIG["additionalProperties"]
    assert extra["packageVersion"] == __version__ == project_version()
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
