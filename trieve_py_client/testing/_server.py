"""LocalTrieveServer: the local server (its lifecycle is in `_lifecycle.py`) and its helpers
for setting up test state: users, organizations, memberships, datasets, faults, the request
log and reset."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from ._faults import Fault, LoggedRequest
from ._lifecycle import ServerLifecycle
from ._validate import parse_uuid as canonical_uuid

_ROLES = (0, 1, 2)


@dataclass(frozen=True)
class SeededUser:
    """A user created by `LocalTrieveServer.add_user`, with a key acting with its role."""

    user_id: str
    api_key: str = field(repr=False)
    organization_id: str | None
    role: int | None


class LocalTrieveServer(ServerLifecycle):
    """A Trieve-compatible server of every operation, serving in a background thread.

    `start()` opens the database (in memory by default, or a SQLite file that keeps state
    across restarts), makes sure an owner exists in one organization with a read-and-write
    key (`api_key`: the one given, else one minted on the first start of a database and
    reused by later starts on the same file) and starts serving.

    `admin_api_key` plays the real server's ADMIN_API_KEY. `shuffle_lists=False` keeps keys
    in creation order; by default each listing is shuffled, because the real server
    promises no order. A stopped server cannot be started again; create a new one on the
    same file instead.
    """

    @property
    def requests(self) -> list[LoggedRequest]:
        """The requests received so far (control requests excepted), credentials masked."""
        return self._log.entries()

    def clear_requests(self) -> None:
        """Empty the request log."""
        self._log.clear()

    def inject_fault(
        self,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        delay: float = 0.0,
        drop: bool = False,
        times: int = 1,
        route: str | None = None,
    ) -> None:
        """Make the next `times` requests (of `route` only, e.g. "POST /api/user/api_key")
        fail: answered with `status`, `headers` and JSON `body` instead of being served;
        delayed by `delay` seconds; or served and then left unanswered (`drop=True`)."""
        fault = Fault(status, dict(headers or {}), body, delay, drop, times, route)
        if self._httpd is None:
            raise RuntimeError("the server is not running")
        self._httpd.faults.add(fault)

    def clear_faults(self) -> None:
        """Forget the faults not used yet."""
        if self._httpd is not None:
            self._httpd.faults.clear()

    def reset(self) -> None:
        """Forget what the tests did, for a suite that keeps one server across tests:
        organizations, users, datasets, chunks, groups, topics, messages, files and keys
        added since start go, and so do the faults not used yet and the request log. The
        seeded owner, its organization and its key (and the admin key) stay, so clients made
        for this server keep working. A `db` file is reset too."""
        if self._httpd is None:
            raise RuntimeError("the server is not running")
        self._httpd.reset()

    def add_dataset(self, organization_id: str | None = None) -> str:
        """Create a dataset (of the seeded organization by default) and return its id, for
        requests that send a `TR-Dataset` header, where key limits apply."""
        org = self._checked_org(organization_id or self.organization_id)
        return self._running_store().create_dataset(org)

    def add_user(self, role: int | None = 0, *, organization_id: str | None = None) -> SeededUser:
        """Create a user with a read-and-write key, a member with `role` of the organization.

        The organization defaults to the seeded one; `role=None` makes a user of no
        organization (the returned `organization_id` and `role` are then None).
        """
        store = self._running_store()
        org = self._checked_org(organization_id or self.organization_id)
        if role is not None:
            _check_role(role)
        with store.transaction():
            user_id = store.create_user()
            if role is not None:
                store.set_role(user_id, org, role)
            key = store.create_api_key(user_id, "local-server", 1)
        return SeededUser(user_id, key, None if role is None else org, role)

    def add_organization(
        self,
        name: str = "Organization",
        owner: str | None = None,
        *,
        created_at: datetime | None = None,
    ) -> str:
        """Create an organization and return its id; `owner`, if given, gets role 2 in it.
        `created_at` backdates it: one made before July 13, 2024 answers V1 shapes when a
        request sends no `X-API-Version`, as the real server's older organizations do."""
        store = self._running_store()
        owner_id = None if owner is None else self._checked_user(owner)
        if created_at is not None and not isinstance(created_at, datetime):
            raise TypeError("created_at must be a datetime")
        with store.transaction():
            org = store.create_organization(name, created_at)
            if owner_id is not None:
                store.set_role(owner_id, org, 2)
        return org

    def add_member(self, user_id: str, organization_id: str, role: int) -> None:
        """Make the user a member of the organization with `role`, replacing any earlier role."""
        _check_role(role)
        user, org = self._checked_user(user_id), self._checked_org(organization_id)
        self._running_store().set_role(user, org, role)

    def role_of(self, user_id: str, organization_id: str) -> int | None:
        """The user's role in the organization, or None when not a member."""
        user, org = canonical_uuid(user_id), canonical_uuid(organization_id)
        if user is None or org is None:
            return None
        return self._running_store().role_of(user, org)

    def api_key_count(self, user_id: str | None = None) -> int:
        """Number of stored keys, of one user or of all users."""
        user = None if user_id is None else canonical_uuid(user_id)
        if user_id is not None and user is None:
            return 0
        return self._running_store().count_api_keys(user)

    def _checked_user(self, user_id: str) -> str:
        user = canonical_uuid(user_id)
        if user is None or not self._running_store().user_exists(user):
            raise ValueError(f"no such user: {user_id!r}")
        return user

    def _checked_org(self, organization_id: str) -> str:
        org = canonical_uuid(organization_id)
        if org is None or not self._running_store().organization_exists(org):
            raise ValueError(f"no such organization: {organization_id!r}")
        return org


def _check_role(role: int) -> None:
    if isinstance(role, bool) or role not in _ROLES:
        raise ValueError(f"role must be 0 (user), 1 (admin) or 2 (owner), not {role!r}")
