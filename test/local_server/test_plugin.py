"""The pytest plugin, as a user's suite meets it: run in a separate pytest process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_TESTS = """
from trieve_py_client import SetUserApiKeyRequest


def test_fixtures(trieve_server, trieve_user_api, trieve_second_user):
    trieve_user_api.set_user_api_key(SetUserApiKeyRequest(name="ci", role=0))
    assert trieve_server.requests[-1].json() == {"name": "ci", "role": 0}
    assert trieve_server.role_of(trieve_second_user.user_id, trieve_server.organization_id) == 0


def test_retry_code_meets_a_503(trieve_server, trieve_user_api):
    trieve_server.inject_fault(status=503, headers={"Retry-After": "0"})
    assert trieve_user_api.get_user_api_keys()
"""


def test_the_plugin_is_registered_and_its_fixtures_work(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout


def test_the_fixtures_in_this_process(trieve_server, trieve_user_api, trieve_second_user) -> None:
    assert trieve_user_api.get_user_api_keys()[0].user_id == trieve_server.user_id
    assert trieve_second_user.organization_id == trieve_server.organization_id
