"""The request pipeline as a design rule: a call goes from the generated method through the
client's stages (build, send, read) to urllib3, each stage called once and in turn, so that it
reaches urllib3 through few frames of the SDK's own; and urllib3 is reached through the pool
manager's public ``urlopen``, with or without a proxy."""

from __future__ import annotations

import ast
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import urllib3
from support import DATASET_ID, KEY
from support.faultcases import TIMEOUT
from support.faultserver import FaultServer, json_response

import trieve_py_client
from trieve_py_client import ApiClient, ApiException, ChunkApi, Configuration
from trieve_py_client.models import SearchChunksReqPayload

# The frames between a user's call and urllib3: the argument check, the method, the client
# running the stages and the send loop, with one to spare.
MAX_SDK_FRAMES = 5


def _sdk_frames() -> int:
    frame = sys._getframe(2)
    count = 0
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith("trieve_py_client"):
            count += 1
        frame = frame.f_back
    return count


@pytest.fixture
def frames_at_urlopen(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The SDK frames on the stack each time a pool manager's ``urlopen`` is entered."""
    seen: list[int] = []
    for manager in (urllib3.PoolManager, urllib3.ProxyManager):
        real = manager.urlopen

        def counted(self: Any, *args: Any, __real: Any = real, **kwargs: Any) -> Any:
            seen.append(_sdk_frames())
            return __real(self, *args, **kwargs)

        monkeypatch.setattr(manager, "urlopen", counted)
    return seen


CALLS: dict[str, Callable[[ChunkApi], Any]] = {
    "data": lambda api: api.search_chunks(DATASET_ID, PAYLOAD, _request_timeout=TIMEOUT),
    "positional": lambda api: api.search_chunks(DATASET_ID, PAYLOAD),
    "with_http_info": lambda api: api.search_chunks_with_http_info(DATASET_ID, PAYLOAD),
    "without_preload_content": lambda api: api.search_chunks_without_preload_content(
        DATASET_ID, PAYLOAD
    ),
}
PAYLOAD = SearchChunksReqPayload(query="q", search_type="fulltext")


@pytest.mark.parametrize("via_proxy", [False, True], ids=["direct", "proxy"])
@pytest.mark.parametrize("variant", CALLS)
def test_a_search_reaches_urllib3_through_at_most_five_sdk_frames(
    variant: str, via_proxy: bool, frames_at_urlopen: list[int]
) -> None:
    answer = json_response(200, {"chunks": [], "id": DATASET_ID, "total_pages": 0})
    with FaultServer(answer) as server:
        # Plain http through an HTTP proxy: the proxy gets the whole URL and answers itself.
        config = Configuration(host=server.url, api_key={"ApiKey": KEY})
        if via_proxy:
            config.proxy = server.url
        # The answer matters not here, only the way to it.
        with ApiClient(config) as client, contextlib.suppress(ApiException):
            CALLS[variant](ChunkApi(client))
        assert server.attempts == 1
    assert frames_at_urlopen, "urllib3's pool manager was not asked"
    assert max(frames_at_urlopen) <= MAX_SDK_FRAMES, frames_at_urlopen


PACKAGE = Path(trieve_py_client.__file__).parent
# What the transport reaches urllib3 through: its public API. These are the pool manager's
# internals, which a bypass of PoolManager.urlopen would use.
POOL_MANAGER_INTERNALS = ("connection_from_pool_key", "key_fn_by_scheme", "connection_pool_kw")


def _core_modules() -> list[Path]:
    generated = {PACKAGE / "api", PACKAGE / "models", PACKAGE / "testing"}
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not generated & set(path.parents) and path != PACKAGE / "__init__.py"
    ]


def test_no_module_uses_the_pool_managers_internals() -> None:
    for path in _core_modules():
        names = {
            node.attr
            for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.Attribute)
        }
        assert not names & set(POOL_MANAGER_INTERNALS), path


def test_outcome_unknown_is_decided_in_one_module() -> None:
    # Besides the exceptions' own reading of a status, and the key tools' own error.
    deciding = set()
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text())):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if any(isinstance(t, ast.Attribute) and t.attr == "outcome_unknown" for t in targets):
                deciding.add(path.relative_to(PACKAGE).as_posix())
    assert deciding == {"_outcome.py", "exceptions.py", "keys/_errors.py"}
