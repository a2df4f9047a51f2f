"""Nothing the caller gives is silently dropped or changed: a value the request cannot carry as
given is refused, naming where it is, before anything is sent."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from faultserver import FaultServer, no_content

from trieve_py_client import ApiClient, ApiValueError, ChunkApi, Configuration

KEY = "tr-" + "S" * 32
DATASET = str(uuid.uuid4())


@pytest.fixture
def chunks() -> Iterator[tuple[ChunkApi, FaultServer]]:
    with FaultServer(no_content()) as server:
        config = Configuration(host=server.url, api_key={"ApiKey": KEY})
        with ApiClient(config) as client:
            yield ChunkApi(client), server


# -- path parameters ------------------------------------------------------------------------


@pytest.mark.parametrize("value", [".", ".."])
def test_a_dot_segment_path_parameter_is_refused_before_sending(
    chunks: tuple[ChunkApi, FaultServer], value: str
) -> None:
    api, server = chunks
    with pytest.raises(ApiValueError, match="'tracking_id'"):
        api.delete_chunk_by_tracking_id(DATASET, value)
    assert server.attempts == 0


def test_dots_made_segments_by_safe_slashes_are_refused_and_other_dots_are_sent(
    chunks: tuple[ChunkApi, FaultServer],
) -> None:
    api, server = chunks
    api.api_client.configuration.safe_chars_for_path_param = "/"
    with pytest.raises(ApiValueError, match="would change the route"):
        api.delete_chunk_by_tracking_id(DATASET, "a/../b")
    assert server.attempts == 0
    for value in ("...", ".a", "a..b", "a/.b"):
        api.delete_chunk_by_tracking_id(DATASET, value)
    assert [request.path for request in server.requests] == [
        "/api/chunk/tracking_id/...",
        "/api/chunk/tracking_id/.a",
        "/api/chunk/tracking_id/a..b",
        "/api/chunk/tracking_id/a/.b",
    ]
