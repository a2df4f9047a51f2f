"""The subcommands of ``trieve-keys``, and the one place where failures become exit codes.

No message here quotes a key: errors are shown through ``str()`` of SDK exceptions, which
mask every key the SDK has seen, and through the messages of this package, which hold ids
and names only.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import uuid
from collections.abc import Callable, Mapping
from typing import TextIO

import pydantic

from trieve_py_client.api.user_api import UserApi
from trieve_py_client.api_client import ApiClient
from trieve_py_client.configuration import Configuration
from trieve_py_client.exceptions import (
    ApiException,
    ForbiddenException,
    OpenApiException,
    UnauthorizedException,
)
from trieve_py_client.models.api_key_resp_body import ApiKeyRespBody
from trieve_py_client.models.update_user_org_role_data import UpdateUserOrgRoleData

from ._errors import KeyLifecycleError, KeyNotFoundError
from ._handover import EXIT_INTERRUPTED, EXIT_OUTPUT, HandOverError, Io, hand_over
from ._marker import base_name
from ._mint import mint_key
from ._output import key_json, key_table, open_secret_file
from ._rotate import Rotation, rotate_key

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_AUTH, EXIT_NOT_FOUND, EXIT_UNKNOWN = 0, 1, 2, 3, 4, 5


class UsageError(Exception):
    """A command that cannot run as given; nothing was sent."""


def _configuration(args: argparse.Namespace, environ: Mapping[str, str]) -> Configuration:
    key = environ.get("TRIEVE_API_KEY")
    if args.api_key_file:
        try:
            with open(args.api_key_file, encoding="utf-8") as handle:
                key = handle.read().strip()
        except OSError as error:
            raise UsageError(f"cannot read --api-key-file: {error.strerror}") from None
        except UnicodeDecodeError as error:
            raise UsageError(
                f"--api-key-file is not UTF-8 text (byte {error.start} is not)"
            ) from None
    if not key:
        raise UsageError("no API key: set TRIEVE_API_KEY, or pass --api-key-file")
    config = Configuration(
        host=args.base_url or environ.get("TRIEVE_BASE_URL") or None, api_key={"ApiKey": key}
    )
    if args.timeout is not None:
        config.timeout = (5.0, args.timeout)
    if args.retries is not None:
        config.retries = args.retries
    return config


def resolve(api: UserApi, ref: str) -> ApiKeyRespBody:
    """The one key with this id, or whose name (with or without its marker) is ``ref``."""
    keys = api.get_user_api_keys()
    with contextlib.suppress(ValueError):
        wanted = str(uuid.UUID(ref))
        for key in keys:
            if key.id == wanted:
                return key
    matches = [key for key in keys if ref in (key.name, base_name(key.name))]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise KeyNotFoundError(f"no key has the id or name {ref!r}")
    lines = "\n".join(f"  {key.id}  {key.name}" for key in matches)
    raise KeyNotFoundError(
        f"{len(matches)} keys are named {ref!r}; nothing was changed. Name one by id:\n{lines}",
        key_ids=[key.id for key in matches],
    )


def _list(api: UserApi, io: Io) -> None:
    keys = api.get_user_api_keys()
    if io.args.json:
        io.out.write(json.dumps([key_json(key) for key in keys]) + "\n")
    else:
        io.out.write(key_table(keys) + "\n")


def _create(api: UserApi, io: Io) -> None:
    args = io.args
    minted = mint_key(
        api,
        args.name,
        args.role,
        dataset_ids=args.dataset,
        organization_ids=args.organization,
        scopes=args.scope,
        attempts=args.attempts,
    )
    hand_over(api, io, minted.api_key, {"id": minted.key_id, "name": minted.name})
    for warning in minted.warnings:
        io.err.write(f"warning: {warning}\n")


def _revoke(api: UserApi, io: Io) -> None:
    key = resolve(api, io.args.key)
    api.delete_user_api_key(key.id)
    io.note(f"revoked {key.id} ({key.name})", {"revoked": key.id, "name": key.name})


def _rotate(api: UserApi, io: Io) -> None:
    args = io.args
    old = resolve(api, args.key)
    scopes = [] if args.no_scopes else args.scope

    def keep(rotation: Rotation) -> None:
        # Before the old key is revoked: a key that cannot be written out is revoked by
        # hand_over, and the old key stays the working one. A later RotationError that
        # carries the key's value finds it handed over already.
        about: dict[str, object] = {
            "id": rotation.key_id,
            "name": rotation.name,
            "replaces": old.id,
        }
        hand_over(api, io, rotation.api_key, about)

    rotate_key(api, old.id, scopes=scopes, name=args.name, attempts=args.attempts, hand_over=keep)


def _set_role(api: UserApi, io: Io) -> None:
    args = io.args
    api.update_user(
        UpdateUserOrgRoleData(organization_id=args.organization, role=args.role, user_id=args.user)
    )
    who = args.user or "the caller"
    io.note(
        f"role {args.role} set for {who} in organization {args.organization}",
        {"organization_id": args.organization, "role": args.role, "user_id": args.user},
    )


COMMANDS: dict[str, Callable[[UserApi, Io], None]] = {
    "list": _list,
    "create": _create,
    "revoke": _revoke,
    "rotate": _rotate,
    "set-role": _set_role,
}


MINTING = ("create", "rotate")


def exit_code(error: BaseException) -> int:
    """The documented exit status of a failure."""
    if isinstance(error, HandOverError):
        return error.exit_code
    if isinstance(error, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    if isinstance(error, OSError):
        return EXIT_OUTPUT
    if isinstance(error, KeyNotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(error, (ApiException, KeyLifecycleError)) and error.outcome_unknown:
        return EXIT_UNKNOWN
    if isinstance(error, (UnauthorizedException, ForbiddenException)):
        return EXIT_AUTH
    if isinstance(error, (UsageError, pydantic.ValidationError)):
        return EXIT_USAGE
    if isinstance(error, KeyLifecycleError):
        return EXIT_API  # it failed, and it cleaned up after itself: nothing needs attention
    if isinstance(error, OpenApiException) and not isinstance(error, ApiException):
        return EXIT_USAGE  # refused before anything was sent (ApiValueError, ApiTypeError)
    return EXIT_API


def run(args: argparse.Namespace, environ: Mapping[str, str], out: TextIO, err: TextIO) -> int:
    """Run a parsed command; report a failure on stderr (or as JSON on stdout)."""
    io = Io(args, environ, out, err)
    try:
        config = _configuration(args, environ)
        if io.path is not None:
            try:
                io.file = open_secret_file(io.path)
            except OSError as error:
                raise UsageError(f"cannot create --output {io.path}: {error.strerror}") from None
        with ApiClient(config) as client, io.interrupts.installed():
            if args.command in MINTING:  # Ctrl-C waits until the key made is known, to revoke it
                with io.interrupts.held():
                    COMMANDS[args.command](UserApi(client), io)
            else:
                COMMANDS[args.command](UserApi(client), io)
        out.flush()  # a closed pipe shows here, not in a traceback at exit
    except (OpenApiException, UsageError, pydantic.ValidationError, KeyboardInterrupt) as error:
        return _report(io, error)
    except OSError as error:  # writing the output failed; a minted key is dealt with above
        io.silence_out()
        return _report(io, error)
    finally:
        if io.file is not None:  # nothing was written: leave no empty file behind
            os.close(io.file)
            os.unlink(str(io.path))
    return EXIT_OK


def _report(io: Io, error: BaseException) -> int:
    code = exit_code(error)
    # An SDK exception's text is masked already; its header dump says nothing to a person.
    lines = str(error).strip().splitlines()
    message = "; ".join(line for line in lines if not line.startswith("HTTP response headers"))
    if isinstance(error, KeyLifecycleError):
        message = str(error)  # several lines on purpose: a list of keys
    if isinstance(error, pydantic.ValidationError):
        message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
    if isinstance(error, KeyboardInterrupt):
        message = "interrupted"
    elif isinstance(error, OSError):
        message = f"cannot write to standard output: {error.strerror}"
    line = f"trieve-keys: error: {message}"
    if io.args.json:
        data = {
            "error": type(error).__name__,
            "message": message,
            "exit_code": code,
            "outcome_unknown": bool(getattr(error, "outcome_unknown", False)),
            "key_ids": list(getattr(error, "key_ids", ())),
            "working_key_id": getattr(error, "working_key_id", None),
        }
        line = json.dumps(data)
    stream = io.out if io.args.json and not io.out_failed else io.err
    with contextlib.suppress(OSError):  # the exit status still says what happened
        stream.write(line + "\n")
        stream.flush()
    return code
