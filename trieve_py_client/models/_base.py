"""What every model shares: the generated-client helper methods, the UUID type and secrets.

Models stay thin: pydantic validates and serializes, and each helper is one call into it.
"""

from __future__ import annotations

import difflib
import functools
import json
import pprint
import types
from collections.abc import Mapping
from typing import Annotated, Any, Union, get_args, get_origin
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetPydanticSchema,
    StrictInt,
)
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError, core_schema
from typing_extensions import Self

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


class TrieveModel(BaseModel):
    """Base of the API's models.

    A model built to be sent refuses unknown fields, in dicts nested in it too: a misspelt
    ``dataset_id`` silently dropped would mint a key that reaches every dataset. Building means
    the constructor and the arguments of an operation (``refuse_unknown_fields``); parsing
    (``from_json``, ``from_dict``, ``model_validate``, and every response) ignores unknown
    fields, so that a newer server does not break an older client. The check is Python code
    run where a model is built, never where one is parsed, which keeps responses as fast as
    pydantic-core makes them. Errors never quote input values, which may be keys.
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
        names, nesting = _names_of(type(self))
        # The usual case, a flat model given its own fields, costs no further call; a loop
        # costs less than comparing key views (two views built, then generic set logic).
        if nesting:
            self.refuse_unknown_fields(data)
        else:
            for key in data:
                if key not in names:
                    self.refuse_unknown_fields(data)
        # What BaseModel.__init__ does, without a second frame and a second copy of data.
        self.__pydantic_validator__.validate_python(data, self_instance=self)

    # What pydantic's own __init__ and RootModel's carry: validation (of a response, of an
    # argument) then builds models without calling this __init__, so parsing stays lenient
    # and free of Python calls. Only a call of the constructor runs the check above.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def refuse_unknown_fields(cls, data: Mapping[str, Any], loc: tuple[str, ...] = ()) -> None:
        """Raise pydantic's ``ValidationError`` for the first name in ``data`` (or in a dict
        given for a nested model) that is no field of this model, naming the closest field."""
        names, nesting = _names_of(cls)
        if not data.keys() <= names.keys():
            key = next(key for key in data if key not in names)
            raise _unknown_field(cls, key, (*loc, str(key)))
        for key, nested in nesting.items():
            value = data.get(key)
            if value is None:
                continue
            items = value if isinstance(value, list) else (value,)
            for index, item in enumerate(items):
                if type(item) is dict:
                    where = (*loc, key, index) if items is value else (*loc, key)
                    nested.refuse_unknown_fields(item, where)  # type: ignore[arg-type]

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

        Spaced as ``json.dumps`` spaces it, as generated clients' ``to_json`` does.
        """
        return json.dumps(self.model_dump(mode="json", by_alias=True, exclude_unset=True))

    @classmethod
    def from_json(cls, json_str: str | bytes) -> Self:
        """Parse and validate a JSON document, as the API sends it (unknown fields ignored)."""
        return cls.model_validate_json(json_str)

    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, with the same rules as ``to_json``."""
        return self.model_dump(by_alias=True, exclude_unset=True)

    @classmethod
    def from_dict(cls, obj: dict[str, Any] | None) -> Self | None:
        """Validate a dict, as the API sends it (unknown fields ignored); None gives None."""
        return None if obj is None else cls.model_validate(obj)


@functools.cache
def _names_of(
    model: type[BaseModel],
) -> tuple[dict[str, None], dict[str, type[TrieveModel]]]:
    """Every name a field of ``model`` may be given by (its own and its alias), and those whose
    value holds a model (``Model``, ``Model | None``, ``list[Model]``), with that model."""
    names: dict[str, None] = {}
    nesting: dict[str, type[TrieveModel]] = {}
    for name, field in model.model_fields.items():
        nested = _model_in(field.annotation)
        for given in (name, field.alias) if field.alias is not None else (name,):
            names[given] = None
            if nested is not None:
                nesting[given] = nested
    return names, nesting


def _model_in(annotation: Any) -> type[TrieveModel] | None:
    origin = get_origin(annotation)
    if origin is Annotated:
        return _model_in(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _model_in(members[0]) if len(members) == 1 else None
    if origin is list:
        return _model_in(get_args(annotation)[0])
    # Python 3.10 counts `dict[str, X]` as a type, which issubclass then refuses.
    if origin is None and isinstance(annotation, type) and issubclass(annotation, TrieveModel):
        return annotation
    return None


def _unknown_field(model: type[BaseModel], name: object, loc: tuple[Any, ...]) -> Exception:
    fields = list(model.model_fields)
    close = difflib.get_close_matches(str(name), fields, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    message = f"{model.__name__} has no field {name!r}{hint} (its fields: {', '.join(fields)})"
    error = PydanticCustomError("unknown_field", message.replace("{", "{{").replace("}", "}}"))
    return PydanticValidationError.from_exception_data(
        model.__name__, [{"type": error, "loc": loc, "input": REDACTED}], hide_input=True
    )


__all__ = [
    "SECRET",
    "Int32",
    "Int64",
    "TrieveModel",
    "UuidList",
    "UuidParam",
    "UuidStr",
    "all_canonical_uuids",
]
