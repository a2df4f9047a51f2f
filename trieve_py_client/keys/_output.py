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


def write_secret(
    value: str,
    *,
    stdout: TextIO,
    file: int | None,
    environ: Mapping[str, str],
    about: dict[str, object],
    as_json: bool,
) -> None:
    """Hand the secret over: to ``file`` if given (stdout then says what was written), else
    to stdout, alone on its line or as the ``api_key`` member of the JSON of ``about``.
    Under GitHub Actions it is first announced with ``::add-mask::`` on stdout, where the
    runner reads workflow commands, so that every later log line of the job masks it."""
    if environ.get("GITHUB_ACTIONS") == "true":
        stdout.write(f"::add-mask::{value}\n")
    if file is not None:
        with os.fdopen(file, "w", encoding="utf-8") as handle:
            handle.write(value + "\n")
        if as_json:
            stdout.write(json.dumps(about) + "\n")
        else:
            stdout.write(f"key {about.get('id')} ({about.get('name')}) written to the file\n")
    elif as_json:
        stdout.write(json.dumps({**about, "api_key": value}) + "\n")
    else:
        stdout.write(value + "\n")
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
