"""The life of a Trieve API key, then search and a streamed answer, told with trieve_py_client.

By default this starts the bundled local server, so it runs offline and touches no account:
`make demo`. An exported TRIEVE_API_KEY alone does not change that.

`--real-api` runs it against the API that TRIEVE_BASE_URL and TRIEVE_API_KEY name, in the
organization TRIEVE_ORGANIZATION_ID (and promotes TRIEVE_MEMBER_USER_ID, if set). There it
mints a key, may promote a user and deletes the key it minted, so it first asks you to type the
host name; without a terminal it refuses unless `--yes` is given too:
`make demo ARGS="--real-api"`.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from urllib.parse import urlsplit

import search_story  # beside this file: steps 8 to 11

import trieve_py_client
from trieve_py_client import (
    ApiException,
    SetUserApiKeyRequest,
    UnauthorizedException,
    UpdateUserOrgRoleData,
)
from trieve_py_client.testing import LocalTrieveServer

# Variables that Configuration() would read: without --real-api the demo reads none of them.
REAL_API_VARIABLES = ("TRIEVE_API_KEY", "TRIEVE_BASE_URL")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Mint, use and revoke an API key: against the bundled local server unless "
        "--real-api is given."
    )
    parser.add_argument(
        "--real-api",
        action="store_true",
        help="use the API named by TRIEVE_BASE_URL and TRIEVE_API_KEY (mints and deletes a key)",
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help="with --real-api, go on without asking (needed when stdin is not a terminal)",
    )
    return parser.parse_args(argv)


def client_for(
    stack: ExitStack, configuration: trieve_py_client.Configuration, key: str
) -> trieve_py_client.UserApi:
    """A UserApi that acts with ``key`` on the same host, closed when ``stack`` closes."""
    other = trieve_py_client.Configuration(host=configuration.host, api_key={"ApiKey": key})
    return trieve_py_client.UserApi(stack.enter_context(trieve_py_client.ApiClient(other)))


def confirmed(host: str, member_id: str | None, assume_yes: bool) -> bool:
    """Whether the user agreed to change the account at ``host``; asks only on a terminal."""
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        # CI and pipes cannot answer: refusing is what keeps a job from minting keys by accident.
        print(
            "Refusing: --real-api changes a real account and stdin is not a terminal to confirm "
            "on; add --yes to go on anyway.",
            file=sys.stderr,
        )
        return False
    hostname = urlsplit(host).hostname or host
    promotion = f", promotes user {member_id} to admin" if member_id is not None else ""
    print(f"This mints an API key at {host}{promotion} and deletes the key it minted.")
    try:
        answer = input(f"Type the host name ({hostname}) or 'yes' to go on: ").strip()
    except EOFError:
        answer = ""
    if answer in (hostname, "yes"):
        return True
    print("Not confirmed: nothing was sent.", file=sys.stderr)
    return False


# Where the story runs: a configuration, the organization to work in, a member to promote.
Target = tuple[trieve_py_client.Configuration, str, str | None]


def real_api(assume_yes: bool) -> Target | None:
    """The API that the environment names, once the user confirmed; None to stop."""
    configuration = trieve_py_client.Configuration()  # reads TRIEVE_BASE_URL and TRIEVE_API_KEY
    organization_id = os.environ.get("TRIEVE_ORGANIZATION_ID")
    member_id = os.environ.get("TRIEVE_MEMBER_USER_ID")
    if "ApiKey" not in configuration.api_key:
        print("--real-api needs TRIEVE_API_KEY (and TRIEVE_BASE_URL for another host).")
        return None
    if organization_id is None:
        print("Set TRIEVE_ORGANIZATION_ID to the organization to work in.")
        return None
    if not confirmed(configuration.host, member_id, assume_yes):
        return None
    print(f"Using the Trieve API at {configuration.host}")
    return configuration, organization_id, member_id


def local_server(stack: ExitStack) -> Target:
    """The bundled server, started for this run and stopped when ``stack`` closes."""
    exported = [name for name in REAL_API_VARIABLES if name in os.environ]
    if exported:
        print(f"Ignoring {' and '.join(exported)}: pass --real-api to use that API.")
    server = stack.enter_context(LocalTrieveServer())
    # Host and key both given, so Configuration reads nothing from the environment.
    configuration = trieve_py_client.Configuration(
        host=server.url, api_key={"ApiKey": server.api_key}
    )
    member_id = server.add_user(role=0).user_id
    print(f"Using the bundled local server at {server.url} (--real-api for the real one)")
    return configuration, server.organization_id, member_id


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with ExitStack() as stack:
        target = real_api(args.yes) if args.real_api else local_server(stack)
        if target is None:
            return 2
        configuration, organization_id, member_id = target

        api = trieve_py_client.UserApi(
            stack.enter_context(trieve_py_client.ApiClient(configuration))
        )

        # Key names are not unique: an older "quickstart" key may exist. A name made for this
        # run is the only way to find, in step 3, the key minted here and not another one.
        name = f"quickstart-{secrets.token_hex(4)}"
        minted = api.set_user_api_key(
            SetUserApiKeyRequest(name=name, role=0, organization_ids=[organization_id])
        )
        print(f"1. Minted a read-only key {name!r} for one organization: {minted!r}")
        print(f"   (the value is in .api_key, {len(minted.api_key)} characters, shown only once)")

        new_key_api = client_for(stack, configuration, minted.api_key)
        visible = len(new_key_api.get_user_api_keys())
        print(f"2. Called the API with the new key: it sees {visible} keys")

        matches = [key.id for key in api.get_user_api_keys() if key.name == name]
        if len(matches) != 1:
            print(
                f"3. Found {len(matches)} keys named {name!r}, expected exactly one: deleting "
                "nothing. Revoke the key minted in step 1 by hand.",
                file=sys.stderr,
            )
            return 1
        (key_id,) = matches
        print(f"3. Listed the keys and found exactly one named {name!r}, with id {key_id}")

        if member_id is None:
            print("4. Skipped: set TRIEVE_MEMBER_USER_ID to promote a member to admin")
        else:
            api.update_user(
                UpdateUserOrgRoleData(organization_id=organization_id, role=1, user_id=member_id)
            )
            print(f"4. Promoted user {member_id} to admin (role 1)")

        try:
            new_key_api.update_user(UpdateUserOrgRoleData(organization_id=organization_id, role=2))
            print("5. Unexpected: the read-only key raised its own role")
            return 1
        except ApiException as error:
            message = error.data.message if error.data is not None else error.reason
            print(f"5. Role escalation with the read-only key refused ({error.status}): {message}")

        api.delete_user_api_key(key_id)
        print(f"6. Deleted the key {key_id}")

        try:
            new_key_api.get_user_api_keys()
            print("7. Unexpected: the deleted key still works")
            return 1
        except UnauthorizedException as error:
            message = error.data.message if error.data is not None else error.reason
            print(f"7. The deleted key is refused now ({error.status}): {message}")

        if args.real_api:
            # Steps 8 to 11 create a dataset: only on the bundled server.
            return 0
        return search_story.tell(stack, configuration, organization_id)


if __name__ == "__main__":
    sys.exit(main())
