"""A reset takes a server that tests share back to its seeded state, through the SDK."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from trieve_py_client import (
    ApiClient,
    ChunkApi,
    Configuration,
    CreateDatasetRequest,
    DatasetApi,
    NotFoundException,
    SetUserApiKeyRequest,
    UnauthorizedException,
    UserApi,
)
from trieve_py_client.testing import LocalTrieveServer


def _client(server: LocalTrieveServer, key: str | None = None) -> ApiClient:
    return ApiClient(
        Configuration(host=server.url, api_key={"ApiKey": key or server.api_key}, retries=0)
    )


def _dirty(server: LocalTrieveServer, client: ApiClient) -> tuple[str, str]:
    """A dataset with a chunk, a minted key, another user and a fault: what tests leave."""
    dataset = DatasetApi(client).create_dataset(
        server.organization_id,
        CreateDatasetRequest(dataset_name="shared", organization_id=server.organization_id),
    )
    ChunkApi(client).create_chunk(dataset.id, {"chunk_html": "moss spores", "tracking_id": "m"})
    minted = UserApi(client).set_user_api_key(SetUserApiKeyRequest(name="left-over", role=0))
    server.add_user(role=0)
    server.inject_fault(status=503, times=5, route="GET /api/user/api_key")
    return dataset.id, minted.api_key


def _datasets(server: LocalTrieveServer, client: ApiClient) -> list[str]:
    listed = DatasetApi(client).get_datasets_from_organization(
        server.organization_id, server.organization_id, limit=10, offset=0
    )
    return [entry.dataset.id for entry in listed]


def test_a_reset_forgets_what_tests_did_and_keeps_the_seed() -> None:
    with LocalTrieveServer() as server, _client(server) as client:
        dataset_id, minted = _dirty(server, client)
        server.reset()

        assert server.requests == []
        # The fault is gone and the seeded key still works: only the seeded key is left.
        keys = UserApi(client).get_user_api_keys()
        assert [key.name for key in keys] == ["local-server"]
        assert _datasets(server, client) == []
        with pytest.raises(NotFoundException):
            DatasetApi(client).get_dataset(server.organization_id, dataset_id)
        with _client(server, minted) as stale, pytest.raises(UnauthorizedException):
            UserApi(stale).get_user_api_keys()
        # The search index was emptied with the chunks: a new dataset of the same name finds
        # nothing of the old one.
        again = DatasetApi(client).create_dataset(
            server.organization_id,
            CreateDatasetRequest(dataset_name="shared", organization_id=server.organization_id),
        )
        found = ChunkApi(client).search_chunks(
            again.id, {"query": "moss", "search_type": "fulltext"}, x_api_version="V2"
        )
        assert found.actual_instance.chunks == []


def test_a_server_started_from_the_command_line_is_reset_over_its_control_path() -> None:
    with LocalTrieveServer() as server, _client(server) as client:
        _dirty(server, client)
        request = urllib.request.Request(
            f"{server.url}/__local__/reset",
            method="POST",
            headers={"Authorization": f"Bearer {server.control_token}"},
        )
        with urllib.request.urlopen(request) as answer:
            assert answer.status == 204
        assert _datasets(server, client) == []
        refused = urllib.request.Request(f"{server.url}/__local__/reset", method="POST")
        with pytest.raises(urllib.error.HTTPError) as raised:
            urllib.request.urlopen(refused)
        assert raised.value.code == 401


def test_a_reset_database_file_stays_reset_after_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "trieve.sqlite")
    with LocalTrieveServer(db=db) as server, _client(server) as client:
        _dirty(server, client)
        key = server.api_key
        server.reset()
    with LocalTrieveServer(db=db) as server, _client(server) as client:
        assert server.api_key == key
        assert _datasets(server, client) == []
        assert [k.name for k in UserApi(client).get_user_api_keys()] == ["local-server"]
