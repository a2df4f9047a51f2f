"""The life of a Trieve API key, told with trieve_py_client.

With TRIEVE_API_KEY set, this talks to the real API (TRIEVE_BASE_URL, if set, picks the host;
TRIEVE_ORGANIZATION_ID names the organization, TRIEVE_MEMBER_USER_ID a member to promote).
Otherwise it starts the bundled local server, so it runs offline: `make demo`.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack

import trieve_py_client
from trieve_py_client import (
    ApiException,
    SetUserApiKeyRequest,
    UnauthorizedException,
    UpdateUserOrgRoleData,
)
from trieve_py_client.testing import LocalTrieveServer


def client_for(configuration: trieve_py_client.Configuration, key: str) -> trieve_py_client.UserApi:
    """A UserApi that acts with ``key`` on the same host."""
    other = trieve_py_client.Configuration(host=configuration.host, api_key={"ApiKey": key})
    return trieve_py_client.UserApi(trieve_py_client.ApiClient(other))


def main() -> int:
    with ExitStack() as stack:
        configuration = trieve_py_client.Configuration()
        organization_id = os.environ.get("TRIEVE_ORGANIZATION_ID")
        member_id = os.environ.get("TRIEVE_MEMBER_USER_ID")
        if "ApiKey" in configuration.api_key:
            print(f"Using the Trieve API at {configuration.host}")
            if organization_id is None:
                print("Set TRIEVE_ORGANIZATION_ID to the organization to work in.")
                return 2
        else:
            server = stack.enter_context(LocalTrieveServer())
            configuration.host = server.url
            configuration.api_key["ApiKey"] = server.api_key
            organization_id = server.organization_id
            member_id = server.add_user(role=0).user_id
            print(f"No TRIEVE_API_KEY set: using the bundled local server at {server.url}")

        api = trieve_py_client.UserApi(
            stack.enter_context(trieve_py_client.ApiClient(configuration))
        )

        minted = api.set_user_api_key(
            SetUserApiKeyRequest(name="quickstart", role=0, organization_ids=[organization_id])
        )
        print(f"1. Minted a read-only key for one organization: {minted!r}")
        print(f"   (the value is in .api_key, {len(minted.api_key)} characters, shown only once)")

        new_key_api = client_for(configuration, minted.api_key)
        visible = len(new_key_api.get_user_api_keys())
        print(f"2. Called the API with the new key: it sees {visible} keys")

        key_id = next(key.id for key in api.get_user_api_keys() if key.name == "quickstart")
        print(f"3. Listed the keys and found 'quickstart' with id {key_id}")

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
