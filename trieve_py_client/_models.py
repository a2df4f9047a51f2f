"""What every model shares: the generated-client helper methods, the UUID type and secrets.

Models stay thin: pydantic validates and serializes, and each helper is one call into it.
"""

from __future__ import annotations

import functools
import json
import pprint
from typing import Annotated, Any
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetPydanticSchema,
    RootModel,
    StrictInt,
)
from pydantic_core import core_schema
from typing_extensions import Self

from trieve_py_client._json_values import AnyJson, JsonObject
from trieve_py_client._model_errors import explaining
from trieve_py_client._redaction import REDACTED, redact_text, remember_secret

CANONICAL_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class Secret:
    """Marks a field whose value ``repr``, ``str`` and ``to_str`` never show, and whose every
    value is masked by value in every output from the moment it is validated (a freshly
    minted key, say, wherever a server or a log may echo it)."""

    def __repr__(self) -> str:
        return "Secret()"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        # A validator on the secret field alone: models without secrets pay nothing.
        return core_schema.no_info_after_validator_function(_remembered, handler(source))


def _remembered(value: Any) -> Any:
    remember_secret(value)
    return value


SECRET = Secret()


def _uuid_schema(_source: Any, _handler: Any) -> core_schema.CoreSchema:
    # Canonical strings take the fast path (a regex in pydantic-core, no Python call); any
    # other UUID form is parsed as a UUID and rewritten. Values are always str once validated,
    # so they serialize as plain strings, not through the union (which is several times slower).
    return core_schema.union_schema(
        [
            core_schema.str_schema(pattern=CANONICAL_UUID, strict=True),
            core_schema.no_info_after_validator_function(str, core_schema.uuid_schema()),
        ],
        mode="left_to_right",
        custom_error_type="uuid_value",
        custom_error_message=(
            "Input should be a UUID: a uuid.UUID or a string such as "
            "'123e4567-e89b-12d3-a456-426614174000'"
        ),
        serialization=core_schema.to_string_ser_schema(),
    )


def _uuid_json_schema(_schema: Any, _handler: Any) -> dict[str, Any]:
    return {"type": "string", "format": "uuid"}


UuidStr = Annotated[str, GetPydanticSchema(_uuid_schema, _uuid_json_schema)]
"""A UUID, given as a ``uuid.UUID`` or a string, kept and sent as the canonical string."""

UuidParam = Annotated[str | UUID, GetPydanticSchema(_uuid_schema, _uuid_json_schema)]
"""``UuidStr`` as an operation's parameter, typed to take a ``uuid.UUID`` as well."""

_HEX = b"0123456789abcdef"
_BULK_FROM = 32


def all_canonical_uuids(values: object) -> bool:
    """Whether ``values`` is a list of canonical UUID strings, checked in a few passes of C code.

    A list of 100,000 ids is checked about four times faster than item by item; anything that
    fails here is validated item by item, which also says which item is wrong.
    """
    if type(values) is not list:
        return False
    count = len(values)
    try:
        joined = "\n".join(values).encode("ascii")
    except (TypeError, UnicodeEncodeError):
        return False
    # Every item 36 long, with the separators and the hyphens where a canonical UUID has them,
    # and nothing but hexadecimal digits anywhere else.
    return (
        len(joined) == 37 * count - 1
        and joined[36::37] == b"\n" * (count - 1)
        and all(joined[at::37] == b"-" * count for at in (8, 13, 18, 23))
        and joined.translate(None, _HEX) == b"----\n" * (count - 1) + b"----" * (count > 0)
    )


def _uuid_list_schema(source: Any, handler: Any) -> core_schema.CoreSchema:
    items = core_schema.list_schema(_uuid_schema(source, handler))

    def validate(values: Any, item_by_item: core_schema.ValidatorFunctionWrapHandler) -> Any:
        # Short lists cost less item by item than the set-up of the bulk check.
        if type(values) is list and len(values) >= _BULK_FROM and all_canonical_uuids(values):
            return list(values)
        return item_by_item(values)

    return core_schema.no_info_wrap_validator_function(
        validate, items, serialization=items.get("serialization")
    )


def _uuid_list_json_schema(_schema: Any, _handler: Any) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string", "format": "uuid"}}


UuidList = Annotated[list[str], GetPydanticSchema(_uuid_list_schema, _uuid_list_json_schema)]
"""A list of ``UuidStr``; long lists of canonical ids are validated in bulk."""


Int32 = Annotated[StrictInt, Field(ge=-(2**31), le=2**31 - 1)]
"""An OpenAPI int32: a true int (not a bool or a numeric string) in the signed 32-bit range."""

Int64 = Annotated[StrictInt, Field(ge=-(2**63), le=2**63 - 1)]
"""An OpenAPI int64: a true int in the signed 64-bit range."""


class _Nullable:
    """Marks a field the schema says is nullable, which a response may leave out: ``to_dict()``
    of a received model gives it as None then, as the generated clients' ``to_dict`` did."""

    def __repr__(self) -> str:
        return "NULLABLE"


NULLABLE = _Nullable()


class TrieveModel(BaseModel):
    """Base of the API's models.

    A model only ever received (a response's) is read leniently: unknown fields are ignored, so
    that a newer server does not break an older client, and ids are any strings. Models that
    may be sent are ``SentModel``s. Errors, however a model is built, keep and quote no input
    value, which may be a key.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        validate_assignment=True,
        protected_namespaces=(),
        extra="ignore",
        hide_input_in_errors=True,
        # Any length limit makes pydantic-core check that a string is valid Unicode, so a lone
        # surrogate is refused when the model is built rather than failing its serialization.
        str_max_length=2**62,
        # Validators are built on first use, which keeps the package's import cheap.
        defer_build=True,
    )

    def __init__(self, /, **data: Any) -> None:
        # What BaseModel.__init__ does, with the error explained.
        explaining(
            type(self), self.__pydantic_validator__.validate_python, data, self_instance=self
        )

    # Validation builds nested models without calling this __init__, as pydantic's own does.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        """pydantic's ``model_validate``, with its error explained."""
        return explaining(cls, super().model_validate, obj, *args, **kwargs)

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray, *args: Any, **kwargs: Any
    ) -> Self:
        """pydantic's ``model_validate_json``, with its error explained."""
        return explaining(cls, super().model_validate_json, json_data, *args, **kwargs)

    def __setattr__(self, name: str, value: Any) -> None:
        explaining(type(self), super().__setattr__, name, value)

    def __repr_args__(self) -> Any:
        fields = type(self).model_fields
        for name, value in super().__repr_args__():
            field = fields.get(name) if name is not None else None
            yield name, (REDACTED if field is not None and SECRET in field.metadata else value)

    # A credential the SDK knows may sit in any text field (an error's message echoing the
    # key sent, say): the renderings mask it as exception messages do.
    def __repr__(self) -> str:
        return redact_text(super().__repr__())

    def __str__(self) -> str:
        return redact_text(super().__str__())

    def to_str(self) -> str:
        """The fields as a pretty-printed dict, secrets masked."""
        return redact_text(pprint.pformat(dict(self.__repr_args__())))

    def to_json(self) -> str:
        """The JSON the API takes: unset optional fields left out, explicit None as null.

        Spaced as ``json.dumps`` spaces it, as generated clients' ``to_json`` does. Never NaN or
        infinity, which JSON does not have: a value holding one raises ``ValueError``.
        """
        return json.dumps(
            self.model_dump(mode="json", by_alias=True, exclude_unset=True), allow_nan=False
        )

    @classmethod
    def from_json(cls, json_str: str | bytes) -> Self:
        """Parse and validate a JSON document."""
        return cls.model_validate_json(json_str)

    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict: those given, and (as the generated clients' did) each nullable
        field a response left out, as None, in nested models too."""
        data = self.model_dump(by_alias=True, exclude_unset=True)
        add_nulls(self, data)
        return data

    @classmethod
    def from_dict(cls, obj: dict[str, Any] | None) -> Self | None:
        """Validate a dict; None gives None."""
        return None if obj is None else cls.model_validate(obj)


class SentModel(TrieveModel):
    """Base of the models a request may carry (the spec's ``x-sent``): what the caller gives is
    sent as given, or refused before anything is sent.

    - An unknown field is refused at any depth, in union members too, however the model is
      built (constructor, ``from_dict``, ``from_json``, ``model_validate``, assignment, a dict
      given to an operation), naming the closest field: a misspelt ``match_any`` dropped would
      widen a search, a misspelt ``dataset_ids`` mint a key that reaches every dataset.
    - NaN and infinity are refused (sent, they would be null: no threshold at all), and so is
      a free-form value JSON cannot carry.
    - ``to_dict()`` and ``to_json()`` leave out what the caller did not give, as the request does.
    """

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, with the same rules as ``to_json``."""
        return self.model_dump(by_alias=True, exclude_unset=True)


def add_nulls(value: Any, data: Any) -> None:
    """Put None in ``data`` (``value`` dumped) for each nullable field a received model in
    ``value`` was not given."""
    if isinstance(value, SentModel):
        return
    if isinstance(value, TrieveModel):
        given = value.model_fields_set
        for name, alias, nullable in _fields_of(type(value)):
            if name in given:
                add_nulls(getattr(value, name), data.get(alias))
            elif nullable:
                data[alias] = None
    elif isinstance(value, RootModel):
        add_nulls(value.root, data)
    elif isinstance(value, list) and isinstance(data, list):
        for item, dumped in zip(value, data, strict=True):
            add_nulls(item, dumped)


@functools.cache
def _fields_of(model: type[BaseModel]) -> tuple[tuple[str, str, bool], ...]:
    return tuple(
        (name, field.alias or name, NULLABLE in field.metadata)
        for name, field in model.model_fields.items()
    )


__all__ = [
    "NULLABLE",
    "SECRET",
    "AnyJson",
    "Int32",
    "Int64",
    "JsonObject",
    "SentModel",
    "TrieveModel",
    "UuidList",
    "UuidParam",
    "UuidStr",
    "add_nulls",
    "all_canonical_uuids",
]
