"""Where the command's results go: a minted secret to stdout only, or to a new 0600 file;
everything else (tables, JSON, notes, errors) never holds a key value."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import TextIO

from trieve_py_client.models.api_key_resp_body import ApiKeyRespBody


def open_secret_file(path: str) -> int:
    """A new file for a secret, readable by its owner only. Opened before anything is minted,
    so that a file that exists (never overwritten) stops the command before it changes
    anything. Raises ``FileExistsError`` or another ``OSError``."""
    return os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)


def announce_mask(value: str, *, stderr: TextIO, environ: Mapping[str, str]) -> None:
    """Under GitHub Actions, announce the secret with ``::add-mask::`` so that the runner masks
    it in every later log line. On stderr: the runner reads workflow commands from a step's
    stdout and stderr alike, and stdout may be captured (``KEY="$(trieve-keys create ...)"``)
    or parsed (``--json``), where the line would reach a variable instead of the runner."""
    if environ.get("GITHUB_ACTIONS") == "true":
        stderr.write(f"::add-mask::{value}\n")
        stderr.flush()


def write_secret(
    value: str, *, stdout: TextIO, file: int | None, about: dict[str, object], as_json: bool
) -> None:
    """Hand the secret over: to ``file`` if given (written, synced to disk, then closed, whatever
    happens), else to stdout, alone on its line or as the ``api_key`` member of the JSON of
    ``about``. Raises ``OSError`` when it could not be handed over."""
    if file is None:
        line = json.dumps({**about, "api_key": value}) if as_json else value
        stdout.write(line + "\n")
        stdout.flush()
        return
    try:
        data = (value + "\n").encode()
        while data:
            data = data[os.write(file, data) :]
        os.fsync(file)  # a full disk may show only here: the key must be on disk before we say so
    finally:
        os.close(file)


def write_note(stdout: TextIO, about: dict[str, object], *, as_json: bool) -> None:
    """Say on stdout which key was written to the ``--output`` file."""
    if as_json:
        stdout.write(json.dumps(about) + "\n")
    else:
        stdout.write(f"key {about.get('id')} ({about.get('name')}) written to the file\n")
    stdout.flush()


def key_json(key: ApiKeyRespBody) -> dict[str, object]:
    """A key of the list as JSON (no value: the server never returns it)."""
    loaded: dict[str, object] = json.loads(key.to_json())
    return loaded


def key_table(keys: Sequence[ApiKeyRespBody]) -> str:
    """The keys as a table for people, oldest first."""
    rows = [("ID", "ROLE", "CREATED (UTC)", "LIMITS", "NAME")]
    for key in sorted(keys, key=lambda k: (k.created_at, k.id)):
        limits = []
        if key.organization_ids:
            limits.append(f"{len(key.organization_ids)} org")
        if key.dataset_ids:
            limits.append(f"{len(key.dataset_ids)} dataset")
        role = "read-write" if key.role == 1 else "read"
        created = key.created_at.strftime("%Y-%m-%d %H:%M:%S")
        rows.append((key.id, role, created, ", ".join(limits) or "-", key.name))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        + "  "
        + row[4]
        for row in rows
    )
