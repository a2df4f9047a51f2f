"""Minting a key so that no key is ever left behind without its value (an orphan).

Minting is a POST: after a read timeout, a connection broken after sending or a 500/502/504,
the SDK does not resend it (``ApiException.outcome_unknown``), yet the server may have minted
the key, whose value is shown only in the lost answer. ``mint_key`` tags each attempt's name
with a fresh marker (see ``_marker``), so after such a failure it can list the caller's keys,
revoke every key carrying that attempt's marker, and mint again.

A fresh marker per attempt, rather than one for all: a request whose answer was lost may still
be committed after the clean-up has listed the keys (a slow server behind a read timeout).
With one marker per attempt, such a late key is told apart from the key finally handed back,
and the check after a successful retry revokes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from trieve_py_client.api.user_api import UserApi
from trieve_py_client.exceptions import ApiException, ApiValueError
from trieve_py_client.models.set_user_api_key_request import SetUserApiKeyRequest

from ._errors import MintError
from ._marker import marker_of, new_marker, tag_name

DEFAULT_ATTEMPTS = 3


@dataclass(frozen=True)
class MintedKey:
    """A key minted by ``mint_key``.

    ``api_key`` is the value (a secret, left out of ``repr``); ``name`` the full name on the
    server, marker included; ``key_id`` its id when it was learnt (``lookup_id``, or after a
    failed attempt), else None; ``attempts`` the mints sent; ``warnings`` what could not be
    checked after a successful retry (keys of earlier attempts to look for), else empty.
    """

    api_key: str = field(repr=False)
    name: str
    marker: str
    key_id: str | None
    attempts: int
    warnings: tuple[str, ...] = ()


def describe(error: ApiException) -> str:
    """A one-line account of a failure, for the messages of this package (never a key)."""
    kind = type(error).__name__
    status = f" {error.status}" if isinstance(error.status, int) else ""
    unknown = ", outcome unknown" if error.outcome_unknown else ""
    return f"{kind}{status}{unknown}"


def auth_as(api_key: str) -> dict[str, str]:
    """The ``_request_auth`` option that sends one call with another key than the client's."""
    return {"in": "header", "key": "Authorization", "value": api_key}


def mint_key(
    api: UserApi,
    name: str,
    role: int,
    *,
    dataset_ids: Sequence[str] | None = None,
    organization_ids: Sequence[str] | None = None,
    scopes: Sequence[str] | None = None,
    attempts: int = DEFAULT_ATTEMPTS,
    lookup_id: bool = True,
) -> MintedKey:
    """Mint a key named ``"<name> [mint:<marker>]"``; after a failure whose outcome is unknown,
    revoke whatever that attempt may have minted, then try again, ``attempts`` times at most.

    Returns the one key minted and kept. Raises the SDK's ``ApiException`` when the server
    refused (nothing was minted), or ``MintError`` when the attempts ran out (every key they
    may have minted was revoked) or when the clean-up itself failed (its ``key_ids`` and
    ``names`` say which keys may need to be revoked).
    """
    if attempts < 1:
        raise ApiValueError(f"attempts must be at least 1, not {attempts}")
    abandoned: list[str] = []
    last: ApiException | None = None
    for attempt in range(1, attempts + 1):
        marker = new_marker()
        full_name = tag_name(name, marker)
        request = SetUserApiKeyRequest(
            name=full_name,
            role=role,
            dataset_ids=list(dataset_ids) if dataset_ids else None,
            organization_ids=list(organization_ids) if organization_ids else None,
            scopes=list(scopes) if scopes else None,
        )
        try:
            value = api.set_user_api_key(request).api_key
        except ApiException as error:
            if not error.outcome_unknown:
                raise  # the server refused: nothing was minted
            why = f"minting the key {full_name!r} had an unknown outcome ({describe(error)})"
            revoke_marked(api, marker, full_name, why)
            abandoned.append(marker)
            last = error
            continue
        key_id: str | None = None
        warnings: tuple[str, ...] = ()
        if abandoned or lookup_id:
            key_id, warnings = _settle(api, marker, abandoned)
        return MintedKey(value, full_name, marker, key_id, attempt, warnings)
    raise MintError(
        f"minting a key named {name!r} failed {attempts} times with an unknown outcome "
        f"(last: {describe(last) if last else 'none'}); each time the keys it may have "
        "minted were looked for and revoked: none is left"
    ) from last


def revoke_marked(api: UserApi, marker: str, full_name: str, why: str) -> list[str]:
    """Revoke every key carrying ``marker`` (a mint whose answer was lost, or a new key that
    does not work, or was not handed over); returns their ids. ``why`` says what happened,
    for the error raised when that cannot be done, which names the keys to look at."""
    try:
        keys = api.get_user_api_keys()
    except ApiException as error:
        raise MintError(
            f"{why}, and listing the keys to find out failed ({describe(error)}): if a key named "
            f"{full_name!r} exists, revoke it",
            names=(full_name,),
            outcome_unknown=True,
        ) from error
    marked = [key.id for key in keys if marker_of(key.name) == marker]
    for index, key_id in enumerate(marked):
        try:
            api.delete_user_api_key(key_id)
        except ApiException as error:
            left = marked[index:]
            raise MintError(
                f"{why}; the key {full_name!r} exists, and revoking it failed ({describe(error)}): revoke "
                f"{', '.join(left)}",
                key_ids=left,
                names=(full_name,),
                outcome_unknown=True,
            ) from error
    return marked


def _settle(api: UserApi, marker: str, abandoned: list[str]) -> tuple[str | None, tuple[str, ...]]:
    """The new key's id, and revoking keys of abandoned attempts committed after their
    clean-up. Failures here do not raise: the caller holds a working key, which matters most;
    they come back as warnings naming what to check."""
    try:
        keys = api.get_user_api_keys()
    except ApiException as error:
        note = f"listing the keys after minting failed ({describe(error)})"
        return None, tuple(
            f"{note}: if a key whose name ends with [mint:{old}] exists, revoke it"
            for old in abandoned
        )
    key_id = next((key.id for key in keys if marker_of(key.name) == marker), None)
    warnings = []
    for key in keys:
        if marker_of(key.name) in abandoned:
            try:
                api.delete_user_api_key(key.id)
            except ApiException as error:
                warnings.append(
                    f"key {key.id} ({key.name!r}) was minted by an attempt whose answer was "
                    f"lost, and revoking it failed ({describe(error)}): revoke it"
                )
    return key_id, tuple(warnings)
