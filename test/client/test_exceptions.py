"""The exception tree: one class per status, messages that say what happened, no secrets."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import KEY
from support.faultserver import Behaviour, FaultServer, html_response, json_response

from trieve_py_client import ErrorResponseBody, UpdateUserOrgRoleData, UserApi
from trieve_py_client import exceptions as exc
from trieve_py_client.rest import ApiException as RestApiException


class FakeResponse:
    def __init__(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None):
        self.status = status
        self.reason: str | None = "Reason"
        self.data: bytes | None = body
        self._headers = headers or {}

    def getheaders(self) -> dict[str, str]:
        return self._headers


# What each status raises. One table serves both tests: the FakeResponse one checks the mapping
# (with two statuses no real call here gets), the loopback one the whole way from a socket
# through UserApi.
STATUS_CLASSES = [
    (400, exc.BadRequestException),
    (401, exc.UnauthorizedException),
    (403, exc.ForbiddenException),
    (404, exc.NotFoundException),
    (405, exc.ApiException),
    (409, exc.ConflictException),
    (413, exc.PayloadTooLargeException),
    (422, exc.UnprocessableEntityException),
    (426, exc.UpgradeRequiredException),
    (429, exc.TooManyRequestsException),
    (500, exc.ServiceException),
    (502, exc.ServiceException),
    (503, exc.ServiceException),
    (504, exc.ServiceException),
]


@pytest.mark.parametrize(
    ("status", "expected"),
    [*STATUS_CLASSES, (599, exc.ServiceException), (302, exc.ApiException)],
)
def test_status_to_exception(status: int, expected: type[exc.ApiException]) -> None:
    made = exc.ApiException.from_response(
        http_resp=FakeResponse(status, b"<html>bad gateway</html>"), body=None, data=None
    )
    assert type(made) is expected
    assert made.status == status
    assert made.body == "<html>bad gateway</html>"
    assert f"({status})" in str(made)


OPERATIONS: dict[str, tuple[str, str, Callable[[UserApi], Any]]] = {
    "get_user_api_keys": ("GET", "/api/user/api_key", lambda api: api.get_user_api_keys()),
    "update_user": (
        "PUT",
        "/api/user",
        lambda api: api.update_user(
            UpdateUserOrgRoleData(organization_id="5f0c1a52-9b7e-4c39-8a51-3d1f2b6e7c90", role=1)
        ),
    ),
}
PROXY_HTML = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


def call_against(
    behaviour: Behaviour, operation: str, api_factory: Callable[..., UserApi]
) -> exc.ApiException:
    """Call ``operation`` once (no retries) against a server that answers with ``behaviour``."""
    method, path, call = OPERATIONS[operation]
    with FaultServer(behaviour) as server:
        api = api_factory(server.url, KEY, retries=0)
        with pytest.raises(exc.ApiException) as raised:
            call(api)
        requests = server.requests
    assert [(r.method, r.path) for r in requests] == [(method, path)]  # one attempt, as asked
    return raised.value


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize(("status", "expected"), STATUS_CLASSES)
def test_status_over_loopback_raises_its_class_with_the_parsed_body(
    status: int,
    expected: type[exc.ApiException],
    operation: str,
    api_factory: Callable[..., UserApi],
) -> None:
    message = f"the server said {status}"
    error = call_against(json_response(status, {"message": message}), operation, api_factory)
    assert type(error) is expected
    assert error.status == status
    assert error.data == ErrorResponseBody(message=message)
    assert error.body == json.dumps({"message": message})
    assert f"({status})" in str(error)
    assert message in str(error)
    assert KEY not in str(error)


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_html_error_page_over_loopback_keeps_the_body_and_has_no_data(
    operation: str, api_factory: Callable[..., UserApi]
) -> None:
    error = call_against(html_response(502, PROXY_HTML), operation, api_factory)
    assert type(error) is exc.ServiceException
    assert error.status == 502
    assert error.data is None
    assert error.body == PROXY_HTML
    assert "502 Bad Gateway" in str(error)


def test_the_rest_module_exports_api_exception() -> None:
    assert RestApiException is exc.ApiException


def test_message_masks_keys_and_credential_headers() -> None:
    body = f'{{"api_key": "not-a-trieve-shape", "echo": "{KEY}"}}'
    error = exc.ApiException(
        http_resp=FakeResponse(
            500, body.encode(), {"Set-Cookie": "session=s3cr3t", "X-Request-Id": "r1"}
        )
    )
    text = str(error)
    assert KEY not in text
    assert "not-a-trieve-shape" not in text
    assert "s3cr3t" not in text
    assert "r1" in text
    assert error.body == body  # the attribute keeps what the server sent


def test_long_bodies_are_cut_in_messages() -> None:
    error = exc.ApiException(status=500, reason="x", body="y" * 5000)
    assert len(str(error)) < 2200
    assert "(5000 characters)" in str(error)


def test_transport_errors_carry_method_and_url_and_are_classed_by_kind() -> None:
    error = exc.ApiTimeoutError("slow", method="PUT", url="http://h:1/api/user")
    assert str(error) == "PUT http://h:1/api/user: slow"
    assert isinstance(error, exc.ApiTransportError)
    assert not isinstance(error, exc.ApiConnectionError)
    # A timeout and a failed connection are distinct: callers retry them differently.
    assert not issubclass(exc.ApiTimeoutError, exc.ApiConnectionError)
    assert not issubclass(exc.ApiConnectionError, exc.ApiTimeoutError)
    assert issubclass(exc.ApiTLSError, exc.ApiConnectionError)
    assert issubclass(exc.ApiProxyError, exc.ApiConnectionError)
    for cls in (exc.ApiTimeoutError, exc.ApiConnectionError, exc.ApiTLSError, exc.ApiProxyError):
        assert issubclass(cls, exc.ApiTransportError)
        assert issubclass(cls, exc.ApiException)
    assert issubclass(exc.ApiResponseError, exc.ApiException)


@pytest.mark.parametrize(
    ("error", "bases"),
    [
        (exc.ApiTypeError("t", path_to_item=["body", 0]), (TypeError,)),
        (exc.ApiValueError("v", path_to_item=["name"]), (ValueError,)),
        (exc.ApiKeyError("k", path_to_item=[1]), (KeyError,)),
        (exc.ApiAttributeError("a", path_to_item=["x"]), (AttributeError,)),
    ],
)
def test_argument_errors(error: exc.OpenApiException, bases: tuple[type, ...]) -> None:
    assert isinstance(error, bases)
    assert " at [" in str(error)
    assert exc.render_path(["body", 0, "name"]) == "['body'][0]['name']"


def test_redact_headers() -> None:
    assert exc.redact_headers(None) == {}
    assert exc.redact_headers({"Authorization": KEY, "x-api-key": KEY, "Accept": "a"}) == {
        "Authorization": "<redacted>",
        "x-api-key": "<redacted>",
        "Accept": "a",
    }


def drawn_tree(text: str) -> list[str]:
    """The exception tree drawn in ``text``, dedented: from OpenApiException to the first
    blank line or closing fence."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("OpenApiExc"))
    indent = len(lines[start]) - len(lines[start].lstrip())
    tree = []
    for line in lines[start:]:
        if not line.strip() or line.strip() == "```":
            break
        tree.append(line[indent:].rstrip())
    return tree


def test_the_tree_drawn_in_the_docstring_and_the_readme_is_the_class_tree() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    tree = drawn_tree(exc.__doc__ or "")
    assert tree == drawn_tree(readme)
    drawn: set[str] = set()
    ancestors: list[type] = []
    for line in tree:
        depth = line.find("── ") // 4 + 1 if "── " in line else 0
        label = line.split("── ")[-1].split("  ")[0]
        classes = [getattr(exc, name.split(" (")[0]) for name in label.split(", ")]
        for cls in classes:
            assert all(issubclass(cls, ancestor) for ancestor in ancestors[:depth]), cls
        del ancestors[depth:]
        ancestors.append(classes[0])
        drawn.update(cls.__name__ for cls in classes)
    public = {
        name
        for name, value in vars(exc).items()
        if isinstance(value, type) and issubclass(value, Exception) and not name.startswith("_")
    }
    assert drawn == public
