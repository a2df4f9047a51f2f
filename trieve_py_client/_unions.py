"""The base of the ``oneOf`` and ``anyOf`` wrappers, and the discriminator that picks their
member by a property."""

from __future__ import annotations

import json
import pprint
from typing import Any, Generic, TypeVar, cast

from pydantic import ConfigDict, Discriminator, RootModel
from pydantic_core import PydanticUndefined
from typing_extensions import Self

from trieve_py_client._model_errors import explaining
from trieve_py_client._models import TrieveModel, add_nulls

RootT = TypeVar("RootT")


class OneOfModel(RootModel[RootT], Generic[RootT]):
    """Base of a ``oneOf`` or ``anyOf`` schema: a wrapper around one value of the member types,
    with the generated clients' API (``actual_instance``, ``to_json``, ``from_json``, ...).

    A field of this type takes the wrapper or a member value; JSON is the member's own, with no
    envelope. Without a discriminator, pydantic picks the member that fits best.
    """

    # Assignment is validated: `wrapper.actual_instance = value` is checked as building is. No
    # NaN or infinity, which JSON does not have, and a request would send as null.
    model_config = ConfigDict(
        hide_input_in_errors=True, validate_assignment=True, allow_inf_nan=False, defer_build=True
    )

    def __init__(self, root: Any = PydanticUndefined, **data: Any) -> None:
        # Generated clients build the wrapper as Wrapper(actual_instance=value), or empty, to
        # be given its value later.
        if "actual_instance" in data:
            root = data.pop("actual_instance")
        elif root is PydanticUndefined and not data:
            self.__setstate__(type(self).model_construct(cast(RootT, None)).__getstate__())
            return
        explaining(type(self), super().__init__, root, **data)

    # Validation builds the wrapper without the __init__ above, which would take a member's
    # dict for keyword arguments: an empty one would be no value at all, and a member's
    # property named `actual_instance` would be taken for the wrapped value.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        """pydantic's ``model_validate``, with an unknown field explained."""
        return explaining(cls, super().model_validate, obj, *args, **kwargs)

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray, *args: Any, **kwargs: Any
    ) -> Self:
        """pydantic's ``model_validate_json``, with an unknown field explained."""
        return explaining(cls, super().model_validate_json, json_data, *args, **kwargs)

    def __repr_args__(self) -> Any:
        # Shown as it is built and read, not by pydantic's internal name for it (``root``).
        yield "actual_instance", self.root

    @property
    def actual_instance(self) -> RootT:
        """The wrapped value: an instance of one member type (None in a wrapper built empty)."""
        return self.root

    @actual_instance.setter
    def actual_instance(self, value: Any) -> None:
        explaining(type(self), setattr, self, "root", value)

    def to_json(self) -> str:
        """The JSON of the wrapped value, with the same rules as ``TrieveModel.to_json``."""
        if self.root is None:
            return "null"  # an empty wrapper, as the generated clients wrote it
        data = self.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return json.dumps(data, allow_nan=False)

    @classmethod
    def from_json(cls, json_str: str | bytes) -> Self:
        """Parse and validate a JSON document."""
        return cls.model_validate_json(json_str)

    def to_dict(self) -> Any:
        """The wrapped value as Python data (a dict for a model member), with the member's rules
        (see ``TrieveModel.to_dict``); None in an empty wrapper."""
        if self.root is None:
            return None
        data = self.model_dump(by_alias=True, exclude_unset=True)
        add_nulls(self.root, data)
        return data

    @classmethod
    def from_dict(cls, obj: Any) -> Self | None:
        """Validate Python data; None gives None."""
        return None if obj is None else cls.model_validate(obj)

    def to_str(self) -> str:
        """The wrapped value, pretty-printed, secrets masked."""
        value = self.root
        return value.to_str() if isinstance(value, TrieveModel) else pprint.pformat(value)


def by_property(name: str) -> Discriminator:
    """A discriminator that picks a union member by the value of its property ``name``, read
    from a dict (JSON) or an attribute (a model); members are tagged with ``pydantic.Tag`` by
    their mapping names. The members' property may stay a plain string, which pydantic's own
    discriminator refuses. (A discriminator without a mapping is a plain union: see
    templates/README.md.)"""

    def tag(value: Any) -> Any:
        return value.get(name) if isinstance(value, dict) else getattr(value, name, None)

    # pydantic names a tagged union after its discriminator's function.
    tag.__name__ = f"by_property({name!r})"
    return Discriminator(tag)


__all__ = ["OneOfModel", "by_property"]
