"""Files of the local server, through the SDK on loopback (file_handler.rs, file_operator.rs,
as trieve_py_client/testing/_files.py cites)."""

from __future__ import annotations

import base64

import pytest

import trieve_py_client as t
from trieve_py_client.testing import LocalTrieveServer


@pytest.fixture
def dataset(client: t.ApiClient, server: LocalTrieveServer) -> str:
    org = server.organization_id
    request = t.CreateDatasetRequest(dataset_name="files", organization_id=org)
    return t.DatasetApi(client).create_dataset(org, request).id


def url_safe(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def upload(client: t.ApiClient, dataset: str, name: str, data: bytes, **fields: object) -> t.File:
    request = t.UploadFileReqPayload(base64_file=url_safe(data), file_name=name, **fields)
    return t.FileApi(client).upload_file_handler(dataset, request).file_metadata


def search(client: t.ApiClient, dataset: str, query: str) -> list[t.ChunkMetadata]:
    found = t.ChunkApi(client).search_chunks(
        dataset, t.SearchChunksReqPayload(query=query, search_type="bm25"), x_api_version="V2"
    )
    return [scored.chunk.actual_instance for scored in found.actual_instance.chunks]


@pytest.mark.parametrize(
    "encoded",
    [
        base64.b64encode(b"\xfb\xff plain text").decode(),  # "+" and "/"
        base64.urlsafe_b64encode(b"padded!").decode(),  # "==" at the end
        "abcde",  # a length no encoding has
        "aGk!",  # not base64 at all
    ],
)
def test_standard_base64_gets_the_servers_400(
    client: t.ApiClient, dataset: str, encoded: str
) -> None:
    """upload_file_handler decodes base64_file as sent, URL-safe and without padding."""
    request = t.UploadFileReqPayload(base64_file=encoded, file_name="a.txt")
    with pytest.raises(t.BadRequestException) as refused:
        t.FileApi(client).upload_file_handler(dataset, request)
    assert refused.value.data.message == "Could not decode base64 file"
    assert t.FileApi(client).get_dataset_files_handler(dataset, dataset, 1) == []


def test_a_text_file_becomes_searchable_chunks_in_a_group(
    client: t.ApiClient, dataset: str
) -> None:
    text = "".join(f"Sentence {i} about lichens. " for i in range(66)).encode()
    made = upload(
        client,
        dataset,
        "notes.txt",
        text,
        tag_set=["notes"],
        group_tracking_id="notes",
        description="field notes",
    )
    assert (made.file_name, made.size, made.tag_set, made.dataset_id) == (
        "notes.txt",
        len(text),
        ["notes"],
        dataset,
    )
    # 66 sentences, 20 a chunk, rebalanced: 3 chunks of 22, in the file's group.
    group = t.ChunkGroupApi(client).get_group_by_tracking_id(dataset, "notes")
    assert (group.name, group.description) == ("notes.txt", "field notes")
    members = t.ChunkGroupApi(client).get_chunks_in_group(dataset, group.id, 1, x_api_version="V2")
    chunks = members.actual_instance.chunks
    assert sorted(c.tracking_id for c in chunks) == ["notes|0", "notes|1", "notes|2"]
    assert [c.chunk_html.count("lichens") for c in chunks] == [22, 22, 22]
    assert all(c.tag_set == ["notes"] for c in chunks)
    assert {c.tracking_id for c in search(client, dataset, "lichens")} == {
        "notes|0",
        "notes|1",
        "notes|2",
    }


def test_html_text_is_chunked_and_other_files_are_only_stored(
    client: t.ApiClient, dataset: str
) -> None:
    upload(client, dataset, "page.html", b"<html><body><p>Liverworts &amp; hornworts.</p></body>")
    (chunk,) = search(client, dataset, "hornworts")
    assert chunk.chunk_html == "Liverworts & hornworts."
    upload(client, dataset, "scan.pdf", b"%PDF-1.4 hornworts")
    upload(client, dataset, "later.txt", b"hornworts later", create_chunks=False)
    assert len(search(client, dataset, "hornworts")) == 1
    names = [f.file_name for f in t.FileApi(client).get_dataset_files_handler(dataset, dataset, 1)]
    assert names == ["page.html", "scan.pdf", "later.txt"]


def test_files_are_listed_by_page_got_and_deleted(client: t.ApiClient, dataset: str) -> None:
    api = t.FileApi(client)
    made = [upload(client, dataset, f"f{i}.bin", bytes([i])).id for i in range(12)]
    assert [f.id for f in api.get_dataset_files_handler(dataset, dataset, 1)] == made[:10]
    assert [f.id for f in api.get_dataset_files_handler(dataset, dataset, 2)] == made[10:]
    got = api.get_file_handler(dataset, made[3])
    assert (got.id, got.file_name, got.size) == (made[3], "f3.bin", 1)
    api.delete_file_handler(dataset, made[3])
    with pytest.raises(t.NotFoundException) as missing:
        api.get_file_handler(dataset, made[3])
    assert missing.value.data.message == "File with specified id not found"
    assert len(api.get_dataset_files_handler(dataset, dataset, 2)) == 1
