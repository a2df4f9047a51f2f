"""JSON in and out for the client: bodies to bytes, and bytes or values to the declared types."""

from __future__ import annotations

import datetime
import importlib
import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, SecretStr, TypeAdapter
from pydantic import ValidationError as PydanticValidationError

from trieve_py_client.exceptions import ApiTypeError, ApiValueError

JSON_MIME = re.compile(r"^application/(?:[\w.+-]+\+)?json[ \t]*(?:;[^\r\n]*)?\Z", re.IGNORECASE)
PRIMITIVE_TYPES: tuple[type, ...] = (float, bool, bytes, str, int)
NATIVE_TYPES: Mapping[str, type] = {
    "int": int,
    "long": int,
    "float": float,
    "str": str,
    "bool": bool,
    "date": datetime.date,
    "datetime": datetime.datetime,
    "decimal": Decimal,
    "object": object,
}
_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}
_JSON_PARSERS: dict[Any, Callable[[bytes | str], Any]] = {}


def adapter(response_type: Any) -> TypeAdapter[Any]:
    """A cached validator for a type; building one costs far more than a call."""
    found = _ADAPTERS.get(response_type)
    if found is None:
        found = _ADAPTERS[response_type] = TypeAdapter(response_type)
    return found


def json_parser(response_type: Any) -> Callable[[bytes | str], Any]:
    """The cached validator's ``validate_json``, which a response body goes through: pydantic-core
    itself, without ``TypeAdapter.validate_json``'s Python frame."""
    found = _JSON_PARSERS.get(response_type)
    if found is None:
        found = _JSON_PARSERS[response_type] = adapter(response_type).validator.validate_json
    return found


def encode_body(body: Any) -> bytes | None:
    """JSON bytes for a request body; a model is serialized by pydantic-core in one step."""
    if body is None or isinstance(body, bytes):
        return body
    if isinstance(body, BaseModel):
        return body.__pydantic_serializer__.to_json(body, by_alias=True, exclude_unset=True)
    if isinstance(body, str):
        return body.encode()
    return json.dumps(sanitize(body)).encode()


def sanitize(obj: Any) -> Any:
    """Models, dates, UUIDs, enums and containers as JSON-ready Python values."""
    if obj is None or isinstance(obj, PRIMITIVE_TYPES):
        return obj
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, SecretStr):
        return obj.get_secret_value()
    if isinstance(obj, (list, tuple)):
        return [sanitize(item) for item in obj]
    if isinstance(obj, (datetime.datetime, datetime.date)):
        return obj.isoformat()
    if isinstance(obj, (UUID, Decimal)):
        return str(obj)
    if isinstance(obj, dict):
        return {key: sanitize(value) for key, value in obj.items()}
    raise ApiTypeError(f"Cannot serialize an object of type {type(obj).__name__}")


def parse_text(text: str, content_type: str | None) -> Any:
    """The value of a body: JSON decoded, or the text itself for ``text/*``. With no content
    type, text that is not JSON is kept as text, as generated clients do."""
    if content_type is None:
        try:
            return json.loads(text) if text else None
        except ValueError:
            return text
    if JSON_MIME.match(content_type):
        return json.loads(text) if text else None
    if content_type.lower().startswith("text/"):
        return text
    raise ApiValueError(f"Unsupported content type: {content_type}")


def to_type(data: Any, response_type: Any) -> Any:
    """Convert decoded JSON to a type, or to a type named as generated clients name them
    (``"datetime"``, ``"List[str]"``, ``"Dict[str, int]"``, ``"ApiKeyRespBody"``)."""
    if data is None:
        return None
    if not isinstance(response_type, str):
        return adapter(response_type).validate_python(data)
    if response_type.startswith("List[") and response_type.endswith("]"):
        return [to_type(item, response_type[5:-1]) for item in data]
    if response_type.startswith("Dict[str, ") and response_type.endswith("]"):
        return {key: to_type(value, response_type[10:-1]) for key, value in data.items()}
    native = NATIVE_TYPES.get(response_type)
    if native is None:
        return adapter(model_named(response_type)).validate_python(data)
    if native in (datetime.date, datetime.datetime):
        from dateutil.parser import parse  # noqa: PLC0415  # a rare path; keeps import fast

        parsed = parse(data)
        return parsed.date() if native is datetime.date else parsed
    return data if native is object else native(data)


def model_named(name: str) -> type:
    """The model class a generated client's string response map names, such as
    ``"ApiKeyRespBody"``. The client otherwise meets models only as the classes an operation
    hands it, so the models package is looked up here, by name, and only on this path."""
    models = importlib.import_module("trieve_py_client.models")
    if name not in models.__all__:
        raise ApiValueError(f"Unknown response type name {name!r}")
    model: type = getattr(models, name)
    return model


_MISSING = object()


def response_type_for(types: Mapping[str, Any], status: int) -> Any:
    """The type a response map gives a status. The most specific entry wins: the status, its
    range ("4XX"), then "default", which describes error bodies: an undeclared success status
    carries no data."""
    code = str(status)
    found = types.get(code, _MISSING)
    if found is _MISSING:
        fallback = None if 200 <= status <= 299 else types.get("default")
        found = types.get(f"{code[0]}XX", fallback)
    return found


def decode_body(raw: bytes, response_type: Any, content_type: str | None) -> Any:
    """A read response body as ``response_type``: a type, or a type name (``"Dict[str, int]"``).
    A ``text/*`` body is text, validated as the type (``str`` for a ``text/plain`` operation);
    a body without a media type is JSON if it parses as such, else text; anything else is JSON. Raises ``ValueError`` or pydantic's error for a body that does not fit.
    """
    if response_type is None:
        return None
    if isinstance(response_type, str):
        if response_type == "bytearray":
            return raw
        return to_type(parse_text(raw.decode("utf-8"), content_type), response_type)
    if content_type is None:
        # No media type, as Trieve's streamed answers come: JSON if it parses, else the text,
        # as the generated client read it (a streamed message is then its whole text).
        try:
            return json_parser(response_type)(raw)
        except ValueError:
            return adapter(response_type).validate_python(raw.decode("utf-8"))
    if content_type.lower().startswith("text/"):
        return adapter(response_type).validate_python(raw.decode("utf-8"))
    return json_parser(response_type)(raw)


def prefer_json(media_types: list[str]) -> str | None:
    """The first JSON media type, else the first one; None for none."""
    if not media_types:
        return None
    return next((m for m in media_types if JSON_MIME.match(m)), media_types[0])


def describe(exc: Exception) -> str:
    """A validation failure without the input values, which may hold a key."""
    if isinstance(exc, PydanticValidationError):
        return "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}"
            for e in exc.errors(include_input=False, include_url=False)
        )
    return type(exc).__name__


def type_name(response_type: Any) -> str:
    """``SetUserApiKeyResponse`` for a class, ``list[...]`` for a generic."""
    return getattr(response_type, "__name__", None) or str(response_type)
