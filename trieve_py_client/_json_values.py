"""Free-form values (``Any``, ``dict[str, Any]``) of the models that are sent, held to what JSON
can carry when the model is built, so that a bad one is a validation error naming its field
rather than a serialization error, or a NaN silently sent as null."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, GetPydanticSchema
from pydantic_core import PydanticCustomError, PydanticSerializationError, core_schema, to_json


def _json_schema(source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    return core_schema.no_info_after_validator_function(_carried_by_json, handler(source))


def _carried_by_json(value: Any) -> Any:
    """``value`` if JSON can carry it as pydantic sends it (a datetime or a UUID as a string, a
    tuple as an array), else an error at the field. pydantic would refuse the rest only when
    sending, and would send NaN and infinity as null."""
    try:
        encoded = to_json(value, inf_nan_mode="constants")
    except PydanticSerializationError as exc:
        raise PydanticCustomError(
            "json_value", f"Input cannot be sent as JSON: it holds {_unsendable(str(exc))}"
        ) from None
    # A bare NaN or Infinity is a constant; either text may also be within a string.
    if (b"NaN" in encoded or b"Infinity" in encoded) and _has_constant(encoded):
        raise PydanticCustomError(
            "json_value", "Input cannot be sent as JSON: it holds NaN or infinity"
        )
    return value


def _unsendable(message: str) -> str:
    # What pydantic-core says, without the character or value it may quote.
    if "surrogates not allowed" in message:
        return "a lone surrogate"
    if "Circular reference" in message:
        return "a cycle (a container within itself)"
    unknown = re.search(r"unknown type: <class '([\w.]+)'>", message)
    return f"an object of type {unknown.group(1)}" if unknown else "a value of no JSON type"


def _has_constant(encoded: bytes) -> bool:
    found: list[str] = []
    json.loads(encoded, parse_constant=found.append)
    return bool(found)


AnyJson = Annotated[Any, GetPydanticSchema(_json_schema)]
"""A free-form value of a model that is sent: any value JSON can carry."""

JsonObject = Annotated[dict[str, Any], GetPydanticSchema(_json_schema)]
"""A free-form object of a model that is sent: a dict whose values JSON can carry."""


__all__ = ["AnyJson", "JsonObject"]
