"""What every model shares: the generated-client helper methods, the UUID type and secrets.

Models stay thin: pydantic validates and serializes, and each helper is one call into it.
"""

from __future__ import annotations

import json
import pprint
from typing import Annotated, Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, GetPydanticSchema, StrictInt
from pydantic_core import core_schema
from typing_extensions import Self

from trieve_py_client._redaction import REDACTED

CANONICAL_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class Secret:
    """Marks a field whose value ``repr``, ``str`` and ``to_str`` never show."""

    def __repr__(self) -> str:
        return "Secret()"


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

UuidList = list[UuidStr]
"""A list of ``UuidStr``."""


Int32 = Annotated[StrictInt, Field(ge=-(2**31), le=2**31 - 1)]
"""An OpenAPI int32: a true int (not a bool or a numeric string) in the signed 32-bit range."""

Int64 = Annotated[StrictInt, Field(ge=-(2**63), le=2**63 - 1)]
"""An OpenAPI int64: a true int in the signed 64-bit range."""


class TrieveModel(BaseModel):
    """Base of the API's models."""

    model_config = ConfigDict(
        populate_by_name=True,
        validate_assignment=True,
        protected_namespaces=(),
        extra="ignore",
        # Validators are built on first use, which keeps the package's import cheap.
        defer_build=True,
    )

    def __repr_args__(self) -> Any:
        fields = type(self).model_fields
        for name, value in super().__repr_args__():
            field = fields.get(name) if name is not None else None
            yield name, (REDACTED if field is not None and SECRET in field.metadata else value)

    def to_str(self) -> str:
        """The fields as a pretty-printed dict, secrets masked."""
        return pprint.pformat(dict(self.__repr_args__()))

    def to_json(self) -> str:
        """The JSON the API takes: unset optional fields left out, explicit None as null.

        Spaced as ``json.dumps`` spaces it, as generated clients' ``to_json`` does.
        """
        return json.dumps(self.model_dump(mode="json", by_alias=True, exclude_unset=True))

    @classmethod
    def from_json(cls, json_str: str | bytes) -> Self:
        """Parse and validate a JSON document."""
        return cls.model_validate_json(json_str)

    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, with the same rules as ``to_json``."""
        return self.model_dump(by_alias=True, exclude_unset=True)

    @classmethod
    def from_dict(cls, obj: dict[str, Any] | None) -> Self | None:
        """Validate a dict; None gives None."""
        return None if obj is None else cls.model_validate(obj)


__all__ = [
    "SECRET",
    "Int32",
    "Int64",
    "TrieveModel",
    "UuidList",
    "UuidParam",
    "UuidStr",
]
