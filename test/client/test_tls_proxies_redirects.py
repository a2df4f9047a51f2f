"""Where a request goes: TLS verification, proxies, name resolution, redirects (which never
carry the key to another origin) and the reuse of one connection."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import KEY, KEY_ID, ORG_ID
from support.faultcases import (
    BACKOFF,
    CALLS,
    EXPECTED_RESULT,
    METHODS,
    PATHS,
    TIMEOUT,
    assert_delays,
    assert_key_nowhere,
    success,
    urllib3_reason,
)
from support.faultserver import (
    FaultServer,
    closed_port,
    redirect,
    respond,
    server_tls_context,
)
from urllib3.exceptions import NameResolutionError, ProxyError, SSLError
from urllib3.util import Retry

from trieve_py_client import (
    ApiConnectionError,
    ApiException,
    ApiProxyError,
    ApiTimeoutError,
    ApiTLSError,
    ApiTransportError,
    StripeApi,
    UserApi,
)

# -- TLS, proxy, DNS --------------------------------------------------------------------------


def test_self_signed_certificate_with_verification_on_is_a_tls_error(
    tls_files: tuple[Path, Path],
    api_factory: Callable[..., UserApi],
    logs: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with FaultServer(success("GET"), tls=server_tls_context(*tls_files)) as server:
        with pytest.raises(ApiTLSError) as raised:
            CALLS["GET"](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 0
        assert server.connections == 1  # a failed handshake is not retried
    assert isinstance(raised.value, ApiConnectionError)
    assert isinstance(urllib3_reason(raised.value), SSLError)
    assert f"127.0.0.1:{server.port}" in str(raised.value)
    assert_key_nowhere(logs, capfd, str(raised.value))


def test_self_signed_certificate_trusted_through_ssl_ca_cert(
    tls_files: tuple[Path, Path], api_factory: Callable[..., UserApi]
) -> None:
    cert, _ = tls_files
    with FaultServer(success("GET"), tls=server_tls_context(*tls_files)) as server:
        api = api_factory(server.url, KEY, ssl_ca_cert=str(cert))
        assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
        assert server.attempts == 1
        assert server.requests[0].header("Authorization") == KEY


def test_proxy_that_cannot_be_reached_is_a_proxy_error(
    api_factory: Callable[..., UserApi],
    sleeps: list[float],
    connects: list[tuple[str, int]],
) -> None:
    port = closed_port()
    api = api_factory("http://api.example.test", KEY, proxy=f"http://127.0.0.1:{port}")
    with pytest.raises(ApiProxyError) as raised:
        CALLS["GET"](api, _request_timeout=TIMEOUT)
    assert isinstance(raised.value, ApiConnectionError)
    assert isinstance(urllib3_reason(raised.value), ProxyError)
    # Nothing was sent: a failed connect to the proxy is retried like any connect.
    assert connects == [("127.0.0.1", port)] * 3
    assert_delays(sleeps, BACKOFF)
    assert "api.example.test" in str(raised.value)


def test_proxy_that_refuses_to_tunnel_is_a_proxy_error_and_never_sees_the_key(
    api_factory: Callable[..., UserApi],
) -> None:
    with FaultServer(respond(403, "no tunnel for you", close=True)) as proxy:
        api = api_factory("https://api.example.test", KEY, proxy=proxy.url)
        with pytest.raises(ApiProxyError) as raised:
            CALLS["POST"](api, _request_timeout=TIMEOUT)
        assert [r.method for r in proxy.requests] == ["CONNECT"]
        request = proxy.requests[0]
    assert request.target == "api.example.test:443"
    assert request.header("Authorization") is None
    assert KEY not in repr(request)
    assert isinstance(urllib3_reason(raised.value), ProxyError)


def test_unknown_host_is_a_connection_error_that_fails_fast(
    api_factory: Callable[..., UserApi],
    sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No resolver is consulted: the lookup fails as a resolver would, at once.
    lookups: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.endswith(".invalid"):
            lookups.append(host)
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    api = api_factory("http://does-not-exist.invalid", KEY)
    with pytest.raises(ApiConnectionError) as raised:
        CALLS["POST"](api, _request_timeout=TIMEOUT)
    assert not isinstance(raised.value, ApiTimeoutError)
    assert isinstance(urllib3_reason(raised.value), NameResolutionError)
    assert lookups == ["does-not-exist.invalid"] * 3  # nothing was sent: retried
    assert "does-not-exist.invalid" in str(raised.value)
    assert_delays(sleeps, BACKOFF)


# -- redirects and the pool -------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_cross_host_redirect_forwards_no_credentials(
    method: str, api_factory: Callable[..., UserApi]
) -> None:
    # Another port is another origin: urllib3's is_same_host compares scheme, host and port.
    with FaultServer(success(method)) as other:
        target = f"{other.url}{PATHS[method]}"
        with FaultServer(redirect(target)) as first:
            api = api_factory(first.url, KEY)
            result = CALLS[method](api, _request_timeout=TIMEOUT, _headers={"x-api-key": KEY})
            assert not api.api_client.rest_client.pool_manager.connection_from_url(
                first.url
            ).is_same_host(target)
            sent_first = first.requests
        sent_other = other.requests
    assert result == EXPECTED_RESULT[method]
    assert sent_first[0].header("Authorization") == KEY
    assert sent_first[0].header("x-api-key") == KEY
    assert len(sent_other) == 1
    assert sent_other[0].header("Authorization") is None
    assert sent_other[0].header("x-api-key") is None
    assert KEY not in repr(sent_other[0])
    if method == "POST":  # 307 keeps the method and the body
        assert sent_other[0].method == "POST"
        assert sent_other[0].json() == {"name": "ci", "role": 1}


def test_redirect_to_another_host_name_forwards_no_credentials(
    api_factory: Callable[..., UserApi],
) -> None:
    with FaultServer(success("GET")) as server:
        # Same socket, another name: "localhost" is not "127.0.0.1" to the client.
        server_script_target = f"http://localhost:{server.port}/api/user/api_key"
        with FaultServer(redirect(server_script_target)) as first:
            # The first server redirects to the second under the name "localhost".
            api = api_factory(first.url, KEY)
            CALLS["GET"](api, _request_timeout=TIMEOUT)
        sent = server.requests
    assert len(sent) == 1
    assert sent[0].header("Authorization") is None


def test_same_host_redirect_keeps_the_key(api_factory: Callable[..., UserApi]) -> None:
    with FaultServer(redirect("/api/user/api_key?page=2"), success("GET")) as server:
        assert CALLS["GET"](api_factory(server.url, KEY), _request_timeout=TIMEOUT) == []
        sent = server.requests
    assert [r.target for r in sent] == ["/api/user/api_key", "/api/user/api_key?page=2"]
    assert [r.header("Authorization") for r in sent] == [KEY, KEY]


@pytest.mark.parametrize(
    ("method", "status", "followed_as"),
    [
        ("GET", 301, "GET"),
        ("GET", 303, "GET"),
        ("GET", 308, "GET"),
        ("PUT", 301, "PUT"),
        ("PUT", 302, "PUT"),
        ("PUT", 303, "GET"),
        ("PUT", 307, "PUT"),
        ("DELETE", 302, "DELETE"),
        ("DELETE", 303, "GET"),
        ("DELETE", 308, "DELETE"),
    ],
)
def test_a_redirect_keeps_method_and_body_but_a_303_asks_for_a_get(
    method: str, status: int, followed_as: str, api_factory: Callable[..., UserApi]
) -> None:
    # A POST's own rules are in test_client_request_safety.py.
    with FaultServer(redirect("/moved", status), success(method)) as server:
        result = CALLS[method](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        first, followed = server.requests
    assert result == EXPECTED_RESULT[method]
    assert (first.method, followed.method, followed.path) == (method, followed_as, "/moved")
    assert followed.header("Authorization") == KEY  # the same origin
    if followed_as == method:
        assert followed.body == first.body
        assert followed.header("Content-Type") == first.header("Content-Type")
    else:
        assert (followed.body, followed.header("Content-Type")) == (b"", None)


@pytest.mark.parametrize("method", METHODS)
def test_a_redirect_loop_ends_in_an_sdk_error_after_five_redirects(
    method: str, api_factory: Callable[..., UserApi]
) -> None:
    with FaultServer(redirect("/again", 307)) as server:
        with pytest.raises(ApiTransportError, match="too many redirects"):
            CALLS[method](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 6  # the request and the five redirects allowed


@pytest.mark.parametrize("method", METHODS)
def test_a_policy_that_follows_no_redirect_hands_back_the_first_answer(
    method: str, api_factory: Callable[..., UserApi]
) -> None:
    with FaultServer(redirect("/moved", 302)) as server:
        api = api_factory(server.url, KEY, retries=Retry(redirect=False))
        with pytest.raises(ApiException) as raised:
            CALLS[method](api, _request_timeout=TIMEOUT)
        assert server.attempts == 1
    assert raised.value.status == 302


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_a_failure_after_a_redirect_names_the_hop_that_failed(
    method: str, api_factory: Callable[..., UserApi]
) -> None:
    # A POST's, whose outcome is then unknown, is in test_client_request_safety.py.
    port = closed_port()
    with FaultServer(redirect(f"http://127.0.0.1:{port}/done", 307)) as server:
        with pytest.raises(ApiConnectionError) as raised:
            CALLS[method](api_factory(server.url, KEY, retries=0), _request_timeout=TIMEOUT)
        assert server.attempts == 1
    assert f"cannot connect to 127.0.0.1:{port}" in str(raised.value)
    assert raised.value.url == f"http://127.0.0.1:{port}/done"
    assert raised.value.outcome_unknown is False  # the request may be sent again


def test_a_failure_after_a_redirected_patch_leaves_the_outcome_unknown(
    api_factory: Callable[..., UserApi],
) -> None:
    port = closed_port()
    with FaultServer(redirect(f"http://127.0.0.1:{port}/done", 307)) as server:
        stripe = StripeApi(api_factory(server.url, KEY, retries=0).api_client)
        with pytest.raises(ApiConnectionError) as raised:
            stripe.update_subscription_plan(ORG_ID, KEY_ID, KEY_ID, _request_timeout=TIMEOUT)
        assert [r.method for r in server.requests] == ["PATCH"]
    assert f"cannot connect to 127.0.0.1:{port}" in str(raised.value)
    assert raised.value.outcome_unknown is True  # the server answered; it may have acted


@pytest.mark.parametrize("method", METHODS)
def test_a_redirect_is_followed_at_once_whatever_its_retry_after(
    method: str, api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    moved = respond(307, headers=[("Location", "/moved"), ("Retry-After", "30")])
    with FaultServer(moved, success(method)) as server:
        CALLS[method](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 2
    assert sleeps == []


def test_running_out_of_redirects_counts_the_attempts_that_failed_before(
    api_factory: Callable[..., UserApi], sleeps: list[float]
) -> None:
    with FaultServer(respond(503), redirect("/again", 302)) as server:
        with pytest.raises(ApiTransportError, match=r"too many redirects") as raised:
            CALLS["GET"](api_factory(server.url, KEY), _request_timeout=TIMEOUT)
        assert server.attempts == 7  # the 503, its retry and the five redirects allowed
    assert raised.value.attempts == 2
    assert len(sleeps) == 1


def test_sequential_calls_share_one_connection(api_factory: Callable[..., UserApi]) -> None:
    with FaultServer(success("GET")) as server:
        api = api_factory(server.url, KEY)
        for _ in range(20):
            assert CALLS["GET"](api, _request_timeout=TIMEOUT) == []
        assert server.attempts == 20
        assert server.connections == 1
