"""Each operation's signature is written once, and its three variants show it: to
``inspect.signature``, to ``mypy --strict`` and to a call against a loopback server."""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import textwrap
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import urllib3

import trieve_py_client
from trieve_py_client import ApiClient, ApiResponse, Configuration, UserApi, api
from trieve_py_client.api_client import Parameter
from trieve_py_client.streaming import StreamedAnswer
from trieve_py_client.testing import LocalTrieveServer

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ("", "_with_http_info", "_without_preload_content")


def operations() -> Iterator[tuple[type, str]]:
    for class_name in api.__all__:
        cls = getattr(api, class_name)
        for name in vars(cls):
            if f"{name}_with_http_info" in vars(cls):
                yield cls, name


OPERATIONS = [pytest.param(cls, name, id=name) for cls, name in operations()]


def test_every_operation_is_defined_once_in_its_module() -> None:
    for module_name in api.__all__:
        module = sys.modules[getattr(api, module_name).__module__]
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        (cls,) = [node for node in tree.body if isinstance(node, ast.ClassDef)]
        defined = [node.name for node in cls.body if isinstance(node, ast.FunctionDef)]
        # The helpers over many calls that the spec asks for, a streamed answer (`x-stream`)
        # and an iterator over pages (`x-pages`), are made from the operation's definition too.
        assert defined == [name for c, name in operations() if c.__name__ == cls.name]


HELPERS = [
    pytest.param(cls, name, suffix, id=name + suffix)
    for cls, name in operations()
    for suffix in ("_stream", "_pages")
    if hasattr(cls, name + suffix)
]


@pytest.mark.parametrize(("cls", "name", "suffix"), HELPERS)
def test_a_stream_or_pages_helper_shows_the_operations_signature(
    cls: type, name: str, suffix: str
) -> None:
    helper = getattr(cls, name + suffix)
    operation = inspect.signature(getattr(cls, name))
    shown = inspect.signature(helper)
    assert shown.parameters == operation.parameters
    returned = typing.get_type_hints(helper)["return"]
    assert returned == (StreamedAnswer if suffix == "_stream" else Iterator[Any])
    assert (helper.__name__, helper.__qualname__) == (
        name + suffix,
        f"{cls.__name__}.{name}{suffix}",
    )
    assert inspect.isfunction(helper)
    assert helper.__doc__.startswith(getattr(cls, name).__doc__.split("\n")[0].rstrip("."))


@pytest.mark.parametrize(("cls", "name"), OPERATIONS)
def test_each_variant_shows_the_operations_signature_and_its_own_return_type(
    cls: type, name: str
) -> None:
    x, info, unread = (getattr(cls, name + variant) for variant in VARIANTS)
    signatures = [inspect.signature(method) for method in (x, info, unread)]
    # The same parameters, with their annotations and defaults, in every variant.
    assert signatures[0].parameters == signatures[1].parameters == signatures[2].parameters
    *arguments, options = list(signatures[0].parameters.values())[1:]
    assert options.kind is inspect.Parameter.VAR_KEYWORD
    # As the API page documents it: `> Type name(required, optional=optional)`.
    page = (ROOT / "docs" / f"{cls.__name__}.md").read_text(encoding="utf-8")
    (documented,) = re.findall(rf"^> (?:\S+ )?{name}\((.*)\)$", page, flags=re.MULTILINE)
    shown = [
        p.name if p.default is inspect.Parameter.empty else f"{p.name}={p.name}" for p in arguments
    ]
    assert ", ".join(shown) == documented
    # x returns the data, x_with_http_info the ApiResponse of it, the third the raw response.
    data = typing.get_type_hints(x)["return"]
    generic: Any = ApiResponse
    assert typing.get_type_hints(info)["return"] == generic[data]
    assert typing.get_type_hints(unread)["return"] is urllib3.BaseHTTPResponse
    for method, variant in zip((x, info, unread), VARIANTS, strict=True):
        assert method.__name__ == name + variant
        assert method.__qualname__ == f"{cls.__name__}.{name}{variant}"
        assert inspect.isfunction(method)
    assert info.__doc__.startswith(x.__doc__.split("\n")[0])


def test_mypy_sees_each_variants_parameters_and_return_type(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from trieve_py_client import ApiClient, ChunkGroupApi, MessageApi, UserApi
            api = UserApi(ApiClient())
            reveal_type(api.set_user_api_key)
            reveal_type(api.set_user_api_key_with_http_info)
            reveal_type(api.set_user_api_key_without_preload_content)
            api.get_user_api_keys(_request_timout=3.0)
            reveal_type(MessageApi().create_message_stream)
            reveal_type(ChunkGroupApi().get_chunks_in_group_pages)
            """
        ),
        encoding="utf-8",
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    revealed = [line for line in checked.stdout.splitlines() if "Revealed type" in line]
    parameters = (
        "def (set_user_api_key_request: "
        "trieve_py_client.models.set_user_api_key_request.SetUserApiKeyRequest, *, "
        "_request_timeout: float | tuple[float, float] | urllib3.util.timeout.Timeout | None =, "
        "_request_auth: dict[str, Any] | None =, _content_type: str | None =, "
        "_headers: dict[str, Any] | None =, _host_index: int | None =) -> "
    )
    response = "trieve_py_client.models.set_user_api_key_response.SetUserApiKeyResponse"
    shown = [line.split('Revealed type is "')[1][:-1] for line in revealed]
    assert shown[:3] == [
        parameters + response,
        parameters + f"trieve_py_client.api_response.ApiResponse[{response}]",
        parameters + "urllib3.response.BaseHTTPResponse",
    ]
    # The helpers made from a definition show its parameters too, with their own return types.
    stream, pages = shown[3:]
    assert stream.startswith("def (tr_dataset: str, create_message_req_payload: ")
    assert stream.endswith(") -> trieve_py_client.streaming.StreamedAnswer")
    assert pages.startswith("def (tr_dataset: str, group_id: ")
    assert pages.endswith(") -> typing.Iterator[Any]")
    # A misspelt option is the type checker's error too.
    assert 'Unexpected keyword argument "_request_timout"' in checked.stdout


@pytest.fixture
def user_api(server: LocalTrieveServer) -> Iterator[UserApi]:
    config = Configuration(host=server.url, api_key={"ApiKey": server.api_key})
    with ApiClient(config) as client:
        yield UserApi(client)


def test_each_variant_calls_the_server(user_api: UserApi, server: LocalTrieveServer) -> None:
    keys = user_api.get_user_api_keys()
    assert {key.user_id for key in keys} == {server.user_id}
    info = user_api.get_user_api_keys_with_http_info(_request_timeout=10.0)
    assert isinstance(info, ApiResponse)
    # The server lists keys in no set order, as the real one does.
    assert (info.status_code, {key.id for key in info.data}) == (200, {key.id for key in keys})
    raw = user_api.get_user_api_keys_without_preload_content()
    assert isinstance(raw, urllib3.BaseHTTPResponse)
    assert {key["id"] for key in raw.json()} == {str(key.id) for key in keys}


def test_an_api_class_teaches_its_configuration_the_schemes_of_its_spec() -> None:
    config = Configuration(api_key={})
    config.security_schemes.clear()
    client: Any = ApiClient(config)
    with client:
        trieve_py_client.MetricsApi(client)
    assert config.security_schemes == {"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}


def test_a_definition_that_returns_no_call_is_refused_when_its_class_is_made() -> None:
    from trieve_py_client._api_methods import operation

    def listed(self: Any) -> list[int]:
        return []

    described = operation("GET /api/health", dict)
    with pytest.raises(TypeError, match=r"returns 'Call\[ApiResponse\[\.\.\.\]\]', not 'list"):
        described(listed)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a function"):
        described(print)  # type: ignore[type-var, arg-type]


def test_a_description_that_does_not_place_every_parameter_is_refused() -> None:
    from trieve_py_client._api_methods import Call, operation

    def get_item(self: Any, item_id: str, owner: str, body: Any) -> Call[ApiResponse[None]]:
        return Call(({}, {"item_id": item_id, "owner": owner}, body))

    # `owner` is neither in the route nor a header or query parameter: two bodies.
    with pytest.raises(TypeError, match="do not place its parameters"):
        operation("GET /items/{item_id}", dict)(get_item)
    # A header the signature lacks.
    with pytest.raises(TypeError, match="do not place its parameters"):
        operation("GET /items/{item_id}", dict, headers={"owner": "X-Owner", "trace": "X-Trace"})(
            get_item
        )
    # A placeholder named otherwise than its parameter is mapped to it.
    made = operation(
        "GET /items/{itemId}", dict, path={"item_id": "itemId"}, query={"owner": "ownerId"}
    )(get_item)
    assert made.operation.params == (
        Parameter("item_id", "path", "itemId"),
        Parameter("owner", "query", "ownerId"),
    )
    assert (made.operation.content_type, made.operation.optional_body) == (
        "application/json",
        False,
    )
