"""mint_key and rotate_key against the bundled server, its faults included; each test checks
the keys left on the server afterwards. Every test has its own user, so none sees another's
keys."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest
from keys_helpers import HookedApi, key_names, make_api, works
from support import KEYS_PATH

from trieve_py_client import ApiValueError, BadRequestException, ServiceException
from trieve_py_client.keys import (
    KeyNotFoundError,
    MintError,
    Rotation,
    RotationError,
    base_name,
    marker_of,
    mint_key,
    rotate_key,
    tag_name,
)
from trieve_py_client.testing import LocalTrieveServer, SeededUser


@pytest.fixture
def user(server: LocalTrieveServer) -> Iterator[SeededUser]:
    yield server.add_user(role=1)
    server.clear_faults()


@pytest.fixture
def api(server: LocalTrieveServer, user: SeededUser) -> HookedApi:
    return make_api(server, user.api_key)


def fault(server: LocalTrieveServer, **kwargs: object) -> object:
    """A hook that plans a fault when it runs."""
    return lambda: server.inject_fault(**kwargs)  # type: ignore[arg-type]


# --- the marker ------------------------------------------------------------------------------


def test_the_marker_is_a_suffix_found_exactly() -> None:
    tagged = tag_name("deploy", "0123456789ab")
    assert tagged == "deploy [mint:0123456789ab]"
    assert marker_of(tagged) == "0123456789ab"
    assert base_name(tagged) == "deploy"
    assert tag_name(tagged, "ba9876543210") == "deploy [mint:ba9876543210]"
    for name in ("deploy", "x [mint:0123456789abc]", "x [mint:0123456789ab] y", "[mint:0123]"):
        assert marker_of(name) is None, name
    with pytest.raises(ValueError, match="12 lowercase hex"):
        tag_name("deploy", "XYZ")


# --- minting ---------------------------------------------------------------------------------


def test_a_mint_tags_the_name_and_learns_the_id(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    minted = mint_key(api, "deploy", 0)
    assert base_name(minted.name) == "deploy"
    assert marker_of(minted.name) == minted.marker
    assert (minted.attempts, minted.warnings) == (1, ())
    assert key_names(server, user)[str(minted.key_id)] == minted.name
    assert works(server, minted.api_key)
    assert minted.api_key not in repr(minted)


def test_a_mint_dropped_after_the_server_committed_leaves_one_key(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    server.inject_fault(drop=True, route=f"POST {KEYS_PATH}")
    minted = mint_key(api, "deploy", 1)
    assert minted.attempts == 2
    names = key_names(server, user)
    minted_names = [name for name in names.values() if base_name(name) == "deploy"]
    assert minted_names == [minted.name]  # the orphan of the first attempt was revoked
    assert server.api_key_count(user.user_id) == 2  # the seeded key and the new one
    assert works(server, minted.api_key)
    methods = [(r.method, r.path.startswith(KEYS_PATH + "/")) for r in server.requests[-5:]]
    assert ("DELETE", True) in methods


def test_a_500_on_a_mint_is_checked_then_minted_again(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    server.inject_fault(status=500, route=f"POST {KEYS_PATH}")
    minted = mint_key(api, "deploy", 0, lookup_id=False)
    assert (minted.attempts, minted.key_id) == (2, minted.key_id)
    assert list(map(base_name, key_names(server, user).values())).count("deploy") == 1


def test_a_refused_mint_is_not_retried(server: LocalTrieveServer, api: HookedApi) -> None:
    server.inject_fault(status=400, body={"message": "no"}, route=f"POST {KEYS_PATH}")
    before = len(server.requests)
    with pytest.raises(BadRequestException):
        mint_key(api, "deploy", 0)
    assert [r.method for r in server.requests[before:]] == ["POST"]


def test_mints_that_all_fail_leave_no_key(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    server.inject_fault(drop=True, times=2, route=f"POST {KEYS_PATH}")
    with pytest.raises(MintError, match="failed 2 times with an unknown outcome") as caught:
        mint_key(api, "deploy", 0, attempts=2)
    assert not caught.value.outcome_unknown
    assert caught.value.key_ids == ()
    assert list(key_names(server, user).values()) == ["local-server"]
    with pytest.raises(ApiValueError, match="attempts"):
        mint_key(api, "deploy", 0, attempts=0)


def test_a_failed_check_names_the_key_to_look_for(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    server.inject_fault(drop=True, route=f"POST {KEYS_PATH}")
    server.inject_fault(status=500, route=f"GET {KEYS_PATH}")
    with pytest.raises(MintError, match="listing the keys to find out failed") as caught:
        mint_key(api, "deploy", 0)
    error = caught.value
    assert error.outcome_unknown
    (orphan,) = [name for name in key_names(server, user).values() if name != "local-server"]
    assert error.names == (orphan,)  # the key the caller must revoke
    assert orphan in str(error)
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - bytes made just above
    assert (type(restored), restored.names, str(restored)) == (MintError, error.names, str(error))


def test_a_failed_revoke_of_the_orphan_names_its_id(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    server.inject_fault(drop=True, route=f"POST {KEYS_PATH}")
    api.before["delete_user_api_key"] = [fault(server, status=500)]
    with pytest.raises(MintError, match="revoking it failed") as caught:
        mint_key(api, "deploy", 0)
    (orphan_id,) = [i for i, name in key_names(server, user).items() if name != "local-server"]
    assert caught.value.key_ids == (orphan_id,)
    assert orphan_id in str(caught.value)


def test_a_key_committed_after_its_check_is_revoked_once_a_mint_succeeds(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    # The first attempt times out and its check finds nothing; its key is committed late,
    # before the second attempt: the final check must find and revoke it.
    server.inject_fault(status=504, route=f"POST {KEYS_PATH}")
    late: list[str] = []

    def commit_late() -> None:
        first = next(r for r in reversed(server.requests) if r.method == "POST").json()
        late.append(first["name"])  # type: ignore[index]
        make_api(server, user.api_key).set_user_api_key_with_http_info(
            {"name": late[0], "role": 0}  # type: ignore[arg-type]
        )

    api.before["set_user_api_key"] = [lambda: None, commit_late]
    minted = mint_key(api, "deploy", 0)
    assert minted.warnings == ()
    assert sorted(key_names(server, user).values()) == sorted(["local-server", minted.name])
    assert late[0] != minted.name


def test_a_failed_final_check_is_a_warning_not_a_lost_key(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    server.inject_fault(status=502, route=f"POST {KEYS_PATH}")
    api.before["get_user_api_keys"] = [lambda: None, fault(server, status=500)]
    minted = mint_key(api, "deploy", 0)
    assert minted.key_id is None
    (warning,) = minted.warnings
    assert "listing the keys after minting failed" in warning
    assert works(server, minted.api_key)


def test_a_failed_revoke_of_a_late_key_is_a_warning(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    server.inject_fault(status=504, route=f"POST {KEYS_PATH}")
    start = len(server.requests)

    def commit_late() -> None:
        first = next(r for r in server.requests[start:] if r.method == "POST").json()
        make_api(server, user.api_key).set_user_api_key_with_http_info(
            {"name": first["name"], "role": 0}  # type: ignore[arg-type,index]
        )

    api.before["get_user_api_keys"] = [lambda: None, commit_late]
    api.before["delete_user_api_key"] = [fault(server, status=500)]  # the late key's revoke
    minted = mint_key(api, "deploy", 0)
    (warning,) = minted.warnings
    assert "revoking it failed" in warning
    assert len(key_names(server, user)) == 3  # seeded, minted and the late one, reported


# --- rotation --------------------------------------------------------------------------------


def limited_key(server: LocalTrieveServer, api: HookedApi) -> str:
    """Mint a key with limits to rotate; returns its id."""
    org = server.organization_id
    minted = mint_key(api, "service", 1, organization_ids=[org], scopes=["GET /api/dataset"])
    assert minted.key_id is not None
    return minted.key_id


def test_a_rotation_keeps_role_and_limits_and_revokes_the_old_key(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    done = rotate_key(api, old_id, scopes=["GET /api/dataset"])
    assert done.old_key_id == old_id
    assert base_name(done.name) == "service"
    assert works(server, done.api_key)
    assert set(key_names(server, user)) == {done.key_id, *key_names(server, user)} - {old_id}
    assert old_id not in key_names(server, user)
    post = next(r for r in reversed(server.requests) if r.method == "POST").json()
    assert post["role"] == 1  # type: ignore[index]
    assert post["organization_ids"] == [server.organization_id]  # type: ignore[index]
    assert post["scopes"] == ["GET /api/dataset"]  # type: ignore[index]
    assert done.api_key not in repr(done)


def test_a_rotation_of_the_callers_own_key(server: LocalTrieveServer, user: SeededUser) -> None:
    api = make_api(server, user.api_key)
    own_id = next(i for i, name in key_names(server, user).items() if name == "local-server")
    done = rotate_key(api, own_id, scopes=[], name="renamed")
    assert not works(server, user.api_key)
    assert works(server, done.api_key)
    assert base_name(done.name) == "renamed"


def test_a_rotation_hands_the_new_key_over_while_the_old_one_still_works(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    seen: list[tuple[bool, bool]] = []

    def keep(rotation: Rotation) -> None:
        names = key_names(server, user)
        seen.append((old_id in names, rotation.key_id in names))

    done = rotate_key(api, old_id, scopes=[], hand_over=keep)
    assert seen == [(True, True)]
    assert old_id not in key_names(server, user)
    assert works(server, done.api_key)


def test_a_new_key_that_cannot_be_handed_over_is_revoked_and_the_old_one_kept(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    before = key_names(server, user)
    handed: list[str] = []

    def lose(rotation: Rotation) -> None:
        handed.append(rotation.api_key)
        raise OSError(28, "No space left on device")

    with pytest.raises(RotationError, match="still the working one") as caught:
        rotate_key(api, old_id, scopes=[], hand_over=lose)
    assert caught.value.working_key_id == old_id
    assert isinstance(caught.value.__cause__, OSError)
    assert key_names(server, user) == before
    assert not works(server, handed[0])


def test_ctrl_c_while_handing_over_revokes_the_new_key_and_stops(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    before = key_names(server, user)

    def interrupted(rotation: Rotation) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rotate_key(api, old_id, scopes=[], hand_over=interrupted)
    assert key_names(server, user) == before


def test_a_new_key_whose_hand_over_and_revocation_fail_is_named(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)

    def lose(rotation: Rotation) -> None:
        server.inject_fault(status=500, times=5, route=f"DELETE {KEYS_PATH}/{rotation.key_id}")
        raise OSError(28, "No space left on device")

    with pytest.raises(RotationError) as caught:
        rotate_key(api, old_id, scopes=[], hand_over=lose)
    (new_id,) = caught.value.key_ids
    assert caught.value.working_key_id == old_id
    assert caught.value.outcome_unknown
    assert {old_id, new_id} <= set(key_names(server, user))


def test_a_rotation_needs_scopes_and_a_known_key(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    before = key_names(server, user)
    with pytest.raises(ApiValueError, match="does not return a key's scopes"):
        rotate_key(api, old_id)
    with pytest.raises(ApiValueError, match="does not return a key's scopes"):
        rotate_key(api, old_id, scopes=None)  # type: ignore[arg-type]
    with pytest.raises(ApiValueError, match="not one string"):
        rotate_key(api, old_id, scopes="GET /api/dataset")
    with pytest.raises(KeyNotFoundError, match="no key with id"):
        rotate_key(api, "00000000-0000-4000-8000-000000000000", scopes=[])
    assert key_names(server, user) == before


def test_a_rotation_whose_mint_fails_changes_nothing(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    before = key_names(server, user)
    server.inject_fault(status=400, body={"message": "no"}, route=f"POST {KEYS_PATH}")
    with pytest.raises(RotationError, match="still the working one") as caught:
        rotate_key(api, old_id, scopes=[])
    assert (caught.value.working_key_id, caught.value.key_ids) == (old_id, ())
    assert key_names(server, user) == before
    server.inject_fault(drop=True, route=f"POST {KEYS_PATH}")
    with pytest.raises(RotationError, match="none is left"):
        rotate_key(api, old_id, scopes=[], attempts=1)
    assert key_names(server, user) == before


def test_a_rotation_whose_new_key_does_not_authenticate_keeps_the_old(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    before = key_names(server, user)
    # The list after the mint is the new key's check: make it fail as an unknown key would.
    api.before["get_user_api_keys"] = [lambda: None, fault(server, status=401)]
    with pytest.raises(RotationError, match="does not work") as caught:
        rotate_key(api, old_id, scopes=[])
    assert caught.value.working_key_id == old_id
    assert caught.value.api_key is None
    assert key_names(server, user) == before  # the new key was revoked


def test_a_new_key_that_cannot_be_revoked_is_named(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    api.before["get_user_api_keys"] = [
        lambda: None,
        fault(server, status=401),
        fault(server, status=500),
    ]
    with pytest.raises(RotationError) as caught:
        rotate_key(api, old_id, scopes=[])
    error = caught.value
    assert (error.working_key_id, error.outcome_unknown) == (old_id, True)
    new = [name for i, name in key_names(server, user).items() if name in error.names]
    assert len(new) == 1  # both keys are live, and the error says which one to revoke


def test_a_rotation_whose_revoke_fails_rolls_back_to_the_old_key(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    before = key_names(server, user)
    server.inject_fault(status=500, route=f"DELETE {KEYS_PATH}/{old_id}")
    with pytest.raises(RotationError, match="was revoked instead") as caught:
        rotate_key(api, old_id, scopes=[])
    assert (caught.value.working_key_id, caught.value.key_ids) == (old_id, ())
    assert key_names(server, user) == before


def test_a_revoke_made_but_unanswered_completes_the_rotation(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    server.inject_fault(drop=True, route=f"DELETE {KEYS_PATH}/{old_id}")
    done = rotate_key(api, old_id, scopes=[])
    assert old_id not in key_names(server, user)
    assert done.key_id in key_names(server, user)


def test_a_failed_revoke_and_a_failed_rollback_leave_both_named(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    server.inject_fault(status=500, route=f"DELETE {KEYS_PATH}/{old_id}")
    api.before["delete_user_api_key"] = [lambda: None, fault(server, status=500)]
    with pytest.raises(RotationError, match="both are live") as caught:
        rotate_key(api, old_id, scopes=[])
    error = caught.value
    assert error.working_key_id == old_id
    (new_id,) = error.key_ids
    assert set(key_names(server, user)) >= {old_id, new_id}


def test_an_unknown_revoke_outcome_hands_over_the_new_key(
    server: LocalTrieveServer, user: SeededUser, api: HookedApi
) -> None:
    old_id = limited_key(server, api)
    server.inject_fault(status=500, route=f"DELETE {KEYS_PATH}/{old_id}")
    api.before["get_user_api_keys"] = [lambda: None, lambda: None, fault(server, status=500)]
    with pytest.raises(RotationError, match="its value is in this error") as caught:
        rotate_key(api, old_id, scopes=[])
    error = caught.value
    assert error.api_key is not None
    assert works(server, error.api_key)
    assert error.working_key_id in key_names(server, user)
    assert error.key_ids == (old_id,)
    assert error.api_key not in str(error) + repr(error)
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - bytes made just above
    assert error.api_key not in str(restored.__dict__)


def test_a_service_error_on_the_first_list_changes_nothing(
    server: LocalTrieveServer, api: HookedApi
) -> None:
    server.inject_fault(status=500, route=f"GET {KEYS_PATH}")
    with pytest.raises(ServiceException):
        rotate_key(api, "00000000-0000-4000-8000-000000000000", scopes=[])
