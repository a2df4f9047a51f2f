"""The exceptions of the key-lifecycle tools: each says what is left on the server.

They never hold a key's value in their message or ``repr``; ids and names are not secrets.
"""

from __future__ import annotations

from collections.abc import Sequence

from trieve_py_client.exceptions import OpenApiException


class KeyLifecycleError(OpenApiException):
    """A key operation that did not complete.

    ``key_ids``: ids of keys that may need attention (revoke them once you have checked);
    ``names``: names to look for when an id could not be learnt; ``outcome_unknown``: True
    when the state of the server could not be fully established.
    """

    def __init__(
        self,
        message: str,
        *,
        key_ids: Sequence[str] = (),
        names: Sequence[str] = (),
        outcome_unknown: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.key_ids = tuple(key_ids)
        self.names = tuple(names)
        self.outcome_unknown = outcome_unknown

    def __str__(self) -> str:
        return self.message


class KeyNotFoundError(KeyLifecycleError):
    """No key matches, or several do where one was needed; ``key_ids`` lists the matches."""


class MintError(KeyLifecycleError):
    """Minting did not hand back a key. ``key_ids``/``names`` say what may have been left."""


class RotationError(KeyLifecycleError):
    """A rotation that did not complete. ``working_key_id`` is the key to keep using (None
    when it cannot be told); ``key_ids`` are those to revoke once checked.

    ``api_key`` is None except when the new key may be the only live one (the old key's
    revocation has an unknown outcome): then it holds the new key's value, so that no key
    is lost. It is a secret: it is never part of the message.
    """

    def __init__(
        self,
        message: str,
        *,
        working_key_id: str | None,
        key_ids: Sequence[str] = (),
        names: Sequence[str] = (),
        outcome_unknown: bool = False,
        api_key: str | None = None,
    ) -> None:
        super().__init__(message, key_ids=key_ids, names=names, outcome_unknown=outcome_unknown)
        self.working_key_id = working_key_id
        self.api_key = api_key

    def __repr__(self) -> str:
        return f"RotationError({self.message!r}, working_key_id={self.working_key_id!r})"
