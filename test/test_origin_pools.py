"""The pool each request goes to: asked of urllib3's pool manager once per origin, asked again
once closed, and never a reason for a request to go out other than as urllib3 writes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import urllib3
from faultcases import CALLS, KEY, TIMEOUT, success
from faultserver import FaultServer, redirect
from urllib3.util import parse_url

from trieve_py_client import UserApi


@pytest.mark.parametrize(
    "base",
    [
        "/v1",
        "/%7Euser/v1",  # an escape in upper case, as urllib3 writes them
        "/%7euser/v1",  # in lower case, which urllib3 rewrites
        "/with space",
        "/caf\u00e9",
        "/a/./b/../c",
        "/.well-known",
        "/100%",
    ],
)
def test_the_request_target_is_the_one_urllib3_writes(
    base: str, api_factory: Callable[..., UserApi]
) -> None:
    with FaultServer(success("GET")) as server:
        host = server.url + base
        CALLS["GET"](api_factory(host, KEY), _request_timeout=TIMEOUT)
        (sent,) = server.requests
    assert sent.target == parse_url(f"{host}/api/user/api_key").request_uri


def test_a_plain_request_goes_to_its_pool_without_the_manager_parsing_its_url(
    api_factory: Callable[..., UserApi], monkeypatch: pytest.MonkeyPatch
) -> None:
    through_manager: list[str] = []
    real = urllib3.PoolManager.urlopen

    def counted(manager: urllib3.PoolManager, method: str, url: str, **kwargs: Any) -> Any:
        through_manager.append(url)
        return real(manager, method, url, **kwargs)

    monkeypatch.setattr(urllib3.PoolManager, "urlopen", counted)
    with FaultServer(success("GET")) as server:
        plain = api_factory(server.url, KEY)
        for _ in range(20):
            CALLS["GET"](plain, _request_timeout=TIMEOUT)
        assert (server.attempts, server.connections) == (20, 1)
        assert through_manager == []
        # The pool is the manager's own: its lookup by the URL finds it, and makes no other.
        manager = plain.api_client.rest_client.pool_manager
        assert len(manager.pools) == 1
        manager.connection_from_url(server.url)
        assert len(manager.pools) == 1
        # A target urllib3 would rewrite is left to it.
        CALLS["GET"](api_factory(server.url + "/a b", KEY), _request_timeout=TIMEOUT)
    assert through_manager == [f"{server.url}/a b/api/user/api_key"]


def test_a_closed_client_or_cleared_pools_open_new_connections(
    api_factory: Callable[..., UserApi],
) -> None:
    with FaultServer(success("GET")) as server:
        api = api_factory(server.url, KEY)
        assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
        api.api_client.close()
        assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
        api.api_client.rest_client.pool_manager.clear()
        assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
        assert (server.attempts, server.connections) == (3, 3)


def test_a_pool_the_manager_dropped_for_another_origin_is_asked_for_again(
    api_factory: Callable[..., UserApi],
) -> None:
    # A manager that keeps one pool closes the first origin's when the redirect opens another.
    with FaultServer(success("GET"), success("GET")) as other:
        target = other.url.replace("127.0.0.1", "localhost") + "/api/user/api_key"
        with FaultServer(redirect(target, 302), success("GET")) as first:
            api = api_factory(first.url, KEY)
            api.api_client.rest_client.pool_manager = urllib3.PoolManager(num_pools=1)
            assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
            assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
            assert [r.target for r in first.requests] == ["/api/user/api_key"] * 2
        assert other.attempts == 1


def test_a_url_without_a_scheme_urllib3_knows_is_read_as_urllib3_reads_it(
    api_factory: Callable[..., UserApi],
) -> None:
    # urllib3 takes what comes before the host for no scheme, and "//api/x" for the path.
    with FaultServer(success("GET")) as server:
        rest = api_factory(server.url, KEY).api_client.rest_client
        # urllib3's own warning (a DeprecationWarning in 2.0): the URL was left to it.
        with pytest.warns((FutureWarning, DeprecationWarning), match="without a scheme"):
            rest.request("GET", f"127.0.0.1:{server.port}//api/x", _request_timeout=TIMEOUT)
        (sent,) = server.requests
    assert sent.target == "//api/x"


class _SendsItsOwnWay(urllib3.PoolManager):
    def urlopen(self, method: str, url: str, redirect: bool = True, **kw: Any) -> Any:
        self.seen = [*getattr(self, "seen", []), url]
        return super().urlopen(method, url, redirect=redirect, **kw)


def test_a_pool_manager_that_sends_its_own_way_sees_every_request(
    api_factory: Callable[..., UserApi],
) -> None:
    with FaultServer(success("GET")) as server:
        api = api_factory(server.url, KEY)
        manager = _SendsItsOwnWay()
        api.api_client.rest_client.pool_manager = manager
        CALLS["GET"](api, _request_timeout=TIMEOUT)
        CALLS["GET"](api, _request_timeout=TIMEOUT)
    assert manager.seen == [f"{server.url}/api/user/api_key"] * 2


def test_a_replaced_pool_manager_sends_the_requests(api_factory: Callable[..., UserApi]) -> None:
    with FaultServer(success("GET")) as server:
        api = api_factory(server.url, KEY)
        replacement = urllib3.PoolManager()
        api.api_client.rest_client.pool_manager = replacement
        assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
        assert len(replacement.pools) == 1
        assert server.attempts == 1
