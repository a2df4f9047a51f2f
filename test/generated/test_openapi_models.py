"""The models agree with the schemas of openapi.json.

Each schema of the spec is a model of ``trieve_py_client.models`` (but the three that only name
an array, which the generator leaves out as the official client does): an object a
``TrieveModel`` with exactly its properties, required, optional and nullable as the spec says,
of the spec's types, formats and bounds, described as the spec describes them; an enum an
``Enum`` of its values; a ``oneOf`` a ``OneOfModel`` of its members.
"""

from __future__ import annotations

import datetime
import functools
import json
import types
import typing
import uuid
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from trieve_py_client import models
from trieve_py_client._models import SECRET, TrieveModel
from trieve_py_client._unions import OneOfModel

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
SCHEMA_REF = "#/components/schemas/"
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
RANGES = {"int32": INT32, "int64": INT64}

# The schemas that name another type (an array, or another schema): the generator writes no
# model for them and uses the type they name.
ALIASES = {
    name for name, schema in SCHEMAS.items() if schema.get("type") == "array" or "$ref" in schema
}
OBJECTS = [pytest.param(n, s, id=n) for n, s in SCHEMAS.items() if "properties" in s]


TYPED = {"type", "$ref", "allOf", "oneOf", "anyOf"}


def words(text: str | None) -> list[str]:
    return (text or "").split()


def model_class(name: str) -> Any:
    cls = getattr(models, name, None)
    assert cls is not None, f"trieve_py_client.models has no class for schema {name}"
    return cls


@functools.cache
def json_properties(name: str) -> dict[str, Any]:
    properties: dict[str, Any] = model_class(name).model_json_schema()["properties"]
    return properties


def optional(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(
        None
    ) in typing.get_args(annotation)


def shape(schema: dict[str, Any], *, generated: bool, received: bool = False) -> dict[str, Any]:
    """The parts of a property schema that spec and code must agree on: the type, the format of
    a string, the range of an integer (its format's range, narrowed by its bounds), items and
    nullable. Pydantic spells a nullable property ``anyOf: [X, {type: null}]`` and a number
    (which takes ints) ``anyOf: [number, integer]``. A model only ever ``received`` reads a
    `format: uuid` as any string, as the generated client did."""
    nullable = bool(schema.get("nullable"))
    options = schema.get("anyOf")
    if generated and options is not None:
        nullable = {"type": "null"} in options
        rest = [option for option in options if option != {"type": "null"}]
        if [option.get("type") for option in rest] == ["number", "integer"]:
            rest = [{**schema, **rest[0], "anyOf": None}]
        assert len(rest) == 1, f"unexpected union {schema}"
        schema = rest[0]
    out: dict[str, Any] = {"type": schema.get("type"), "nullable": nullable}
    if schema.get("type") == "integer":
        low, high = RANGES.get(schema.get("format", ""), (None, None))
        out["range"] = (schema.get("minimum", low), schema.get("maximum", high))
    elif schema.get("type") == "string" and schema.get("format") not in (
        None,
        *received * ["uuid"],
    ):
        out["format"] = schema["format"]
    if "items" in schema:
        out["items"] = shape(schema["items"], generated=generated, received=received)
    return out


def referenced(prop: dict[str, Any]) -> str | None:
    """The schema a property holds, by `$ref` or by `allOf: [$ref]`."""
    ref = prop.get("$ref") or (prop.get("allOf") or [{}])[0].get("$ref")
    return ref.removeprefix(SCHEMA_REF) if ref else None


def test_every_schema_is_a_model_of_the_same_name() -> None:
    assert set(SCHEMAS) - ALIASES <= set(models.__all__)
    assert not ALIASES & set(models.__all__)


@pytest.mark.parametrize(("name", "schema"), [pytest.param(n, s, id=n) for n, s in SCHEMAS.items()])
def test_each_schema_is_its_kind_of_model(name: str, schema: dict[str, Any]) -> None:
    if name in ALIASES:
        return
    cls = model_class(name)
    if "enum" in schema:
        assert issubclass(cls, Enum)
        assert [member.value for member in cls] == schema["enum"]
    elif "oneOf" in schema:
        assert issubclass(cls, OneOfModel)
    else:
        assert issubclass(cls, TrieveModel)
        names = {field.alias or name for name, field in cls.model_fields.items()}
        assert names == set(schema["properties"])
        # The alias is written only where the JSON name differs.
        for key, field in cls.model_fields.items():
            assert (field.alias is not None) == ((field.alias or key) != key), key


@pytest.mark.parametrize(("name", "schema"), OBJECTS)
def test_fields_are_required_optional_and_nullable_as_the_spec_says(
    name: str, schema: dict[str, Any]
) -> None:
    fields = {field.alias or key: field for key, field in model_class(name).model_fields.items()}
    required = set(schema.get("required", ()))
    for prop_name, prop in schema["properties"].items():
        field = fields[prop_name]
        assert field.is_required() == (prop_name in required), prop_name
        # A schema of any value (`{}`) takes null too.
        nullable = bool(prop.get("nullable")) or not TYPED & prop.keys()
        assert optional(field.annotation) == (nullable or prop_name not in required), prop_name
        # The generator writes each description on one line.
        assert words(field.description) == words(prop.get("description")), prop_name
        assert (SECRET in field.metadata) == bool(prop.get("x-secret")), prop_name


@pytest.mark.parametrize(("name", "schema"), OBJECTS)
def test_fields_have_the_spec_types(name: str, schema: dict[str, Any]) -> None:
    fields = {field.alias or key: field for key, field in model_class(name).model_fields.items()}
    generated = json_properties(name)
    assert generated.keys() <= fields.keys()
    for prop_name, prop in schema["properties"].items():
        target = referenced(prop)
        members = [a for a in typing.get_args(fields[prop_name].annotation) if a is not type(None)]
        base = (
            members[0] if optional(fields[prop_name].annotation) else fields[prop_name].annotation
        )
        if target is not None:
            assert base is model_class(target), prop_name
        elif "type" in prop:
            expected = shape(prop, generated=False, received=not schema.get("x-sent"))
            assert shape(generated[prop_name], generated=True) == expected, prop_name
        # A date-time is a datetime, not a string that looks like one.
        is_datetime = typing.get_args(base)[:1] == () and base is datetime.datetime
        assert is_datetime == (prop.get("format") == "date-time"), prop_name


def constructed(name: str) -> Any:
    """A model of every field unset, for assignments (which are validated) to fill in."""
    return model_class(name).model_construct()


@pytest.mark.parametrize(("name", "schema"), OBJECTS)
def test_uuid_and_integer_fields_refuse_what_the_spec_refuses(
    name: str, schema: dict[str, Any]
) -> None:
    model = constructed(name)
    fields = {
        field.alias or field_name: field_name
        for field_name, field in model_class(name).model_fields.items()
    }
    canonical = "123e4567-e89b-12d3-a456-426614174000"
    for prop_name, prop in schema["properties"].items():
        attribute = fields[prop_name]
        if prop.get("format") == "uuid" and schema.get("x-sent"):
            setattr(model, attribute, uuid.UUID(canonical))
            assert getattr(model, attribute) == canonical
            with pytest.raises(ValidationError):
                setattr(model, attribute, "not-a-uuid")
        elif prop.get("format") == "uuid":
            # A model only ever received keeps whatever string it is given, as it reads it.
            setattr(model, attribute, "not-a-uuid")
            assert getattr(model, attribute) == "not-a-uuid"
        if prop.get("type") == "integer":
            low, high = shape(prop, generated=False)["range"]
            for good in (value for value in (low, high, 0) if value is not None):
                if (low is None or good >= low) and (high is None or good <= high):
                    setattr(model, attribute, good)
            beyond = (None if low is None else low - 1, None if high is None else high + 1)
            for bad in [True, "1", *(value for value in beyond if value is not None)]:
                with pytest.raises(ValidationError):
                    setattr(model, attribute, bad)


def test_roles_out_of_range_are_refused_before_sending() -> None:
    """A key's role is 0 or 1 and a user's 0, 1 or 2 (bounds of spec/corrections.json): the
    models refuse anything else, so an out-of-range role never reaches the server."""
    org = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    assert models.SetUserApiKeyRequest(name="k", role=1).role == 1
    assert models.UpdateUserOrgRoleData(organization_id=org, role=2).role == 2
    for role in (-1, 2):
        with pytest.raises(ValidationError, match="role"):
            models.SetUserApiKeyRequest(name="k", role=role)
    for role in (-1, 3):
        with pytest.raises(ValidationError, match="role"):
            models.UpdateUserOrgRoleData(organization_id=org, role=role)


@pytest.mark.parametrize(
    ("name", "schema"), [pytest.param(n, s, id=n) for n, s in SCHEMAS.items() if "example" in s]
)
def test_schema_examples_round_trip_through_the_models(name: str, schema: dict[str, Any]) -> None:
    if name in ALIASES:
        return
    cls = model_class(name)
    try:
        model = cls.from_dict(schema["example"])
    except ValidationError:
        # Some published examples lack required fields or have the wrong types.
        pytest.skip(f"the published example of {name} does not fit its own schema")
    assert cls.from_json(model.to_json()) == model
    assert cls.from_dict(model.to_dict()) == model
    for secret in (p for p, prop in schema.get("properties", {}).items() if prop.get("x-secret")):
        value = schema["example"][secret]
        assert getattr(model, secret) == value
        for shown in (repr(model), str(model), model.to_str()):
            assert value not in shown
    for required in schema.get("required", ()):
        incomplete = {k: v for k, v in schema["example"].items() if k != required}
        with pytest.raises(ValidationError):
            cls.from_dict(incomplete)
