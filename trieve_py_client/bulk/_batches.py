"""The bulk helpers' batches: a list of request bodies, dicts or models, validated and written
as JSON by pydantic-core in two calls without building a model per dict, sent, and the items
its answer lists counted.

Building a model from a dict costs pydantic-core more than checking it. So a sent model's core
schema is read once, and each model in it rewritten as the typed dict of the same fields: the
same field validators, aliases and config (unknown keys refused at any depth, NaN refused,
strings held to Unicode), so it refuses what validating into the models refuses. A key not
given is left out, as an unset field is, so its serializer writes the bytes the models'
``dump_json(by_alias=True, exclude_unset=True)`` would. A schema this cannot rewrite exactly (a
model with its own ``__init__``, serializer, computed fields, or a validator that takes the
model itself) is validated into models, as is any batch the typed dicts refuse, so that the
error raised is the one the models give, naming the model and its closest field.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, with_config
from pydantic_core import SchemaSerializer, SchemaValidator, core_schema
from typing_extensions import TypedDict

from trieve_py_client.api.chunk_api import ChunkApi
from trieve_py_client.api.chunk_group_api import ChunkGroupApi

_VALIDATORS = ("function-before", "function-after", "function-wrap")


class _Unsupported(Exception):
    """A schema that the typed dicts would not validate exactly as the models."""


def batch_json(model: type[BaseModel], items: list[Any]) -> bytes:
    """``items`` validated as ``list[model]`` and written as the JSON a request sends."""
    writer = _writer(model)
    if writer is not None:
        validator, serializer = writer
        try:
            checked = validator.validate_python(items)
        except ValidationError:
            pass  # dropped, not chained: it quotes the inputs; the models say what is wrong
        else:
            return serializer.to_json(checked, by_alias=True)
    return _adapter(model).dump_json(validated(model, items), by_alias=True, exclude_unset=True)


def validated(model: type[BaseModel], items: list[Any]) -> list[Any]:
    """``items`` as models, in one pydantic-core call. A list it refuses is validated again
    item by item, so that the error is the one ``model.from_dict`` gives."""
    try:
        return _adapter(model).validate_python(items)
    except ValidationError:
        build = getattr(model, "from_dict", model.model_validate)
        one_by_one = [build(dict(i)) if isinstance(i, Mapping) else i for i in items]
    return _adapter(model).validate_python(one_by_one)  # what is neither a model nor a mapping


def send_batch(
    api: ChunkApi | ChunkGroupApi, operation: Any, tr_dataset: str, body: bytes, size: int
) -> int:
    """Send a batch's JSON as ``operation``'s body, through ``ApiClient.send``; the number of
    items the answer lists.

    Only the answer's items are counted (a batch of chunks is answered with its
    ``chunk_metadata``, one of groups with a list of them), so pydantic-core parses it into
    empty dicts, and any other JSON as it is; its error statuses are read by the operation's
    own types, as the generated method reads them."""
    client, params = api.api_client, {"tr_dataset": tr_dataset}
    response = client.send(operation, {}, params, body=body, preload_content=True)
    data = client.response_deserialize(response, _counted_answer(operation)).data
    listed = data.get("chunk_metadata") if isinstance(data, dict) else data
    return len(listed) if isinstance(listed, list) else size


@with_config(ConfigDict(extra="ignore"))
class _Item(TypedDict, total=False):
    """An item of an answer, counted and never read."""


_Items = Annotated[list[_Item] | Any, Field(union_mode="left_to_right")]


class _Queued(TypedDict, total=False):
    chunk_metadata: _Items


_Counted = Annotated[_Queued | _Items, Field(union_mode="left_to_right")]


@functools.cache
def _counted_answer(operation: Any) -> dict[str, Any]:
    return {**operation.response_types, "200": _Counted}


@functools.cache
def _adapter(model: type[BaseModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


@functools.cache
def _writer(model: type[BaseModel]) -> tuple[SchemaValidator, SchemaSerializer] | None:
    try:
        schema = _as_typed_dicts(_adapter(model).core_schema)
    except _Unsupported:
        return None
    return SchemaValidator(schema), SchemaSerializer(schema)


def _as_typed_dicts(schema: Any) -> Any:
    """``schema`` with each model in it (but a root model) the typed dict of its fields."""
    if isinstance(schema, (list, tuple)):
        return type(schema)(_as_typed_dicts(item) for item in schema)
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if kind in _VALIDATORS and schema["schema"].get("type") == "model":
        raise _Unsupported  # the validator would be given a dict, not the model
    if kind == "model" and not schema.get("root_model"):
        return _typed_dict(schema)
    # metadata holds pydantic's own notes (JSON schema functions), not schemas to rewrite.
    return {k: v if k == "metadata" else _as_typed_dicts(v) for k, v in schema.items()}


def _typed_dict(model: Any) -> core_schema.TypedDictSchema:
    inner = model["schema"]
    if (
        model.get("custom_init")
        or model.get("post_init")
        or "serialization" in model
        or inner.get("type") != "model-fields"
        or inner.get("computed_fields")
        or "extras_schema" in inner
    ):
        raise _Unsupported
    fields: dict[str, core_schema.TypedDictField] = {}
    for name, field in inner["fields"].items():
        value = field["schema"]
        # A field with a default is left out when not given, as an unset field is not sent.
        required = value.get("type") != "default"
        if not required:
            if "on_error" in value:
                raise _Unsupported
            value = value["schema"]
        fields[name] = core_schema.typed_dict_field(
            _as_typed_dicts(value),
            required=required,
            validation_alias=field.get("validation_alias"),
            serialization_alias=field.get("serialization_alias"),
            serialization_exclude=field.get("serialization_exclude"),
        )
    config: core_schema.CoreConfig | None = model.get("config")
    extra = inner.get("extra_behavior") or (config or {}).get("extra_fields_behavior")
    return core_schema.typed_dict_schema(
        fields,
        extra_behavior=extra,
        config=config,
        ref=model.get("ref"),
    )
