"""Rotating a key: mint its replacement, check that it works, hand it over, then revoke the
old one.

Order matters: the old key is revoked only once the new one is known to authenticate and the
caller holds its value, so a failure never locks a service out. Whatever fails, the caller learns which key is the working
one, and the function cleans up after itself so that, as far as the server lets it, exactly
one of the two is left live.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from trieve_py_client.api.user_api import UserApi
from trieve_py_client.exceptions import ApiException, ApiValueError
from trieve_py_client.models.api_key_resp_body import ApiKeyRespBody

from ._errors import KeyLifecycleError, KeyNotFoundError, RotationError
from ._marker import marker_of
from ._mint import DEFAULT_ATTEMPTS, MintedKey, auth_as, describe, mint_key, revoke_marked

_UNSET: Sequence[str] = ("<unset>",)
SCOPES_REQUIRED = (
    "rotate_key needs scopes: the key list does not return a key's scopes, so the replacement "
    "cannot copy them. Pass the old key's scopes, or scopes=[] for a key limited to no routes "
    "(all the routes its role allows)"
)


@dataclass(frozen=True)
class Rotation:
    """A rotation: ``api_key`` is the new key's value (a secret, left out of ``repr``),
    ``key_id`` and ``name`` the new key's; ``old_key_id`` is revoked once the new key is handed
    over (``rotate_key`` returns only then)."""

    api_key: str = field(repr=False)
    key_id: str
    name: str
    old_key_id: str


def find_key(api: UserApi, key_id: str) -> ApiKeyRespBody:
    """The caller's key with this id; ``KeyNotFoundError`` when there is none."""
    wanted = key_id.lower()
    for key in api.get_user_api_keys():
        if key.id.lower() == wanted:
            return key
    raise KeyNotFoundError(f"no key with id {key_id} among the caller's keys")


def rotate_key(
    api: UserApi,
    key_id: str,
    *,
    scopes: Sequence[str] = _UNSET,
    name: str | None = None,
    attempts: int = DEFAULT_ATTEMPTS,
    hand_over: Callable[[Rotation], None] | None = None,
) -> Rotation:
    """Replace the key ``key_id`` with a new one of the same role, ``dataset_ids`` and
    ``organization_ids`` and the ``scopes`` given (required: the list does not return them;
    ``[]`` for none), named ``name`` or the old name, with a new marker.

    ``hand_over``, if given, is called with the working new key before the old one is revoked,
    to store its value. If it raises, the rotation stops with the old key untouched: the new
    key is revoked and ``RotationError`` raised from the failure. A ``KeyLifecycleError``
    from ``hand_over`` says it dealt with the new key itself, and propagates as it is.

    Returns the new key once the old one is revoked. Raises ``ApiValueError`` without
    scopes, ``KeyNotFoundError`` for an unknown id, the SDK's ``ApiException`` when the old
    key could not be read (nothing changed), else ``RotationError``: its ``working_key_id``
    is the key to use, its ``key_ids`` those to revoke, if any.
    """
    if scopes is _UNSET or scopes is None:
        raise ApiValueError(SCOPES_REQUIRED)
    if isinstance(scopes, str):
        raise ApiValueError(f"scopes is a list of routes, not one string: [{scopes!r}]")
    old = find_key(api, key_id)
    try:
        minted = mint_key(
            api,
            old.name if name is None else name,
            old.role,
            dataset_ids=old.dataset_ids,
            organization_ids=old.organization_ids,
            scopes=scopes,
            attempts=attempts,
            lookup_id=False,
        )
    except (ApiException, KeyLifecycleError) as error:
        extra = f" {error}" if isinstance(error, KeyLifecycleError) else ""
        raise RotationError(
            f"minting the replacement of key {old.id} failed ({type(error).__name__}): the old "
            f"key is unchanged and still the working one.{extra}",
            working_key_id=old.id,
            key_ids=getattr(error, "key_ids", ()),
            names=getattr(error, "names", ()),
            outcome_unknown=isinstance(error, KeyLifecycleError) and error.outcome_unknown,
        ) from error
    new_id = _verify(api, minted, old.id)
    rotation = Rotation(minted.api_key, new_id, minted.name, old.id)
    if hand_over is not None:
        _hand_over(api, hand_over, rotation)
    _revoke_old(api, minted, new_id, old.id)
    return rotation


def _hand_over(api: UserApi, hand_over: Callable[[Rotation], None], rotation: Rotation) -> None:
    """Call ``hand_over``; when it fails, revoke the new key, whose value it could not keep."""
    try:
        hand_over(rotation)
    except KeyLifecycleError:
        raise
    except BaseException as failure:
        kept = f"the old key {rotation.old_key_id} is unchanged and still the working one"
        why = f"handing the new key {rotation.key_id} over failed ({type(failure).__name__})"
        try:
            api.delete_user_api_key(rotation.key_id)
        except ApiException as error:
            if not isinstance(failure, Exception):
                raise
            raise RotationError(
                f"{why}, and revoking it failed ({describe(error)}): revoke {rotation.key_id}; "
                f"{kept}",
                working_key_id=rotation.old_key_id,
                key_ids=(rotation.key_id,),
                outcome_unknown=True,
            ) from failure
        if not isinstance(failure, Exception):
            raise  # Ctrl-C still stops the program, with the new key revoked
        raise RotationError(
            f"{why}; it was revoked, and {kept}", working_key_id=rotation.old_key_id
        ) from failure


def _verify(api: UserApi, minted: MintedKey, old_id: str) -> str:
    """The new key's id, learnt by listing keys with the new key itself: that it answers
    proves it authenticates, and that its own key is in the list proves it acts as the same
    user. Otherwise the new key is revoked and RotationError raised."""
    try:
        listed = api.get_user_api_keys(_request_auth=auth_as(minted.api_key))
        failure = "it does not list itself, so it does not act as the same user"
    except ApiException as error:
        listed, failure = [], f"calling the API with it failed ({describe(error)})"
    found = [key.id for key in listed if marker_of(key.name) == minted.marker]
    if len(found) == 1:
        return found[0]
    why = f"the new key {minted.name!r} does not work: {failure}"
    try:
        revoke_marked(api, minted.marker, minted.name, why)
    except KeyLifecycleError as error:
        raise RotationError(
            f"{error}; the old key {old_id} is unchanged and still the working one",
            working_key_id=old_id,
            key_ids=error.key_ids,
            names=error.names,
            outcome_unknown=True,
        ) from error
    raise RotationError(
        f"{why}; it was revoked, and the old key {old_id} is unchanged and still the working one",
        working_key_id=old_id,
    )


def _revoke_old(api: UserApi, minted: MintedKey, new_id: str, old_id: str) -> None:
    """Revoke the old key, with the new one (which works, while the old may be the client's
    own key and die on the way). When that fails, find out whether it happened anyway; if
    the old key is still there, revoke the new one instead, so that one key is left."""
    new_auth = auth_as(minted.api_key)
    try:
        api.delete_user_api_key(old_id, _request_auth=new_auth)
        return
    except ApiException as error:
        failure = f"revoking the old key {old_id} failed ({describe(error)})"
    try:
        left = {key.id for key in api.get_user_api_keys(_request_auth=new_auth)}
    except ApiException as error:
        raise RotationError(
            f"{failure}, and listing the keys to find out failed ({describe(error)}): the new "
            f"key {new_id} works and is the working one (its value is in this error's "
            f"api_key); revoke the old key {old_id} if it still exists",
            working_key_id=new_id,
            key_ids=(old_id,),
            outcome_unknown=True,
            api_key=minted.api_key,
        ) from error
    if old_id not in left:
        return  # the revocation was made; only its answer was lost
    try:
        api.delete_user_api_key(new_id)
    except ApiException as error:
        raise RotationError(
            f"{failure}, and revoking the new key {new_id} instead failed too "
            f"({describe(error)}): both are live. The old key {old_id} is the working one; "
            f"revoke {new_id}",
            working_key_id=old_id,
            key_ids=(new_id,),
            outcome_unknown=True,
        ) from error
    raise RotationError(
        f"{failure}; the new key {new_id} was revoked instead, so the old key is unchanged "
        "and still the working one",
        working_key_id=old_id,
    )
