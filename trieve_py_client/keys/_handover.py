"""Handing a minted key over to the user, or revoking it: a key whose value is lost (standard
output closed, the ``--output`` file failing to write, Ctrl-C) must not stay live.

Ctrl-C while a key is being made or revoked is held (``Interrupts.held``) until the step is
over, so the command always knows which key to revoke; while the key is being written out,
Ctrl-C acts at once (a write blocked on a full pipe is interrupted), and the key is revoked.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import threading
from collections.abc import Iterator, Mapping, Sequence
from types import FrameType
from typing import TextIO

from trieve_py_client.api.user_api import UserApi
from trieve_py_client.exceptions import ApiException, UnauthorizedException

from ._errors import KeyLifecycleError
from ._marker import marker_of
from ._mint import auth_as, describe, revoke_marked
from ._output import announce_mask, write_note, write_secret

EXIT_UNKNOWN, EXIT_OUTPUT, EXIT_INTERRUPTED = 5, 6, 130
_HELD = b"trieve-keys: interrupted; stopping once the request in flight is answered\n"


class HandOverError(KeyLifecycleError):
    """A minted key could not be handed over. ``exit_code``: ``EXIT_INTERRUPTED`` or
    ``EXIT_OUTPUT`` when it was revoked, ``EXIT_UNKNOWN`` when ``key_ids``/``names`` are left
    for the user to revoke."""

    def __init__(
        self,
        message: str,
        *,
        exit_code: int,
        key_ids: Sequence[str] = (),
        names: Sequence[str] = (),
    ) -> None:
        super().__init__(message, key_ids=key_ids, names=names)
        self.exit_code = exit_code


class Interrupts:
    """SIGINT (Ctrl-C) for one run: raises ``KeyboardInterrupt``, except in ``held()`` blocks,
    where it only sets ``pending``. A flag, not a change of handler, so that no instant
    between two blocks is left where an interrupt would lose a key."""

    def __init__(self) -> None:
        self.pending = False
        self._holding = False

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signals reach the main thread only
            return
        previous = signal.signal(signal.SIGINT, self._on_sigint)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        before, self._holding = self._holding, True
        try:
            yield
        finally:
            self._holding = before

    @contextlib.contextmanager
    def released(self) -> Iterator[None]:
        """Inside a ``held()`` block: act on Ctrl-C at once (one that came before included)."""
        self._holding = False
        try:
            if self.pending:
                raise KeyboardInterrupt
            yield
        finally:
            self._holding = True

    def _on_sigint(self, signum: int, frame: FrameType | None) -> None:
        if not self._holding:
            raise KeyboardInterrupt
        self.pending = True
        with contextlib.suppress(OSError):
            os.write(2, _HELD)  # not sys.stderr: this may run in the middle of one of its writes


class Io:
    """The streams, environment and ``--output`` file of one run of the command."""

    def __init__(
        self, args: argparse.Namespace, environ: Mapping[str, str], out: TextIO, err: TextIO
    ) -> None:
        self.args, self.environ, self.out, self.err = args, environ, out, err
        self.file: int | None = None
        self.path: str | None = getattr(args, "output", None)
        self.interrupts = Interrupts()
        self.out_failed = False  # errors then go to stderr

    def note(self, text: str, data: dict[str, object]) -> None:
        self.out.write(json.dumps(data) + "\n" if self.args.json else text + "\n")

    def silence_out(self) -> None:
        """Point stdout at /dev/null: its buffer may hold a key that a closed or full pipe
        refuses, and the interpreter flushes it at exit (a traceback, or blocking forever)."""
        self.out_failed = True
        with contextlib.suppress(OSError, ValueError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self.out.fileno())
            os.close(null)


def hand_over(api: UserApi, io: Io, value: str, about: dict[str, object]) -> None:
    """Give the new key (``about``: its ``id``, if known, and ``name``) to the user; when that
    fails, revoke it (found by id, else by the marker in its name) and raise
    ``HandOverError``. Called in an ``io.interrupts.held()`` block: Ctrl-C is acted on only
    while the key is written out, and never stops its revocation."""
    file, io.file = io.file, None  # write_secret closes it, whatever happens
    where = "standard error (its ::add-mask:: line)"
    try:
        with io.interrupts.released():
            announce_mask(value, stderr=io.err, environ=io.environ)
            where = "standard output" if file is None else f"--output {io.path}"
            write_secret(value, stdout=io.out, file=file, about=about, as_json=io.args.json)
    except (OSError, KeyboardInterrupt) as failure:
        if file is not None:
            with contextlib.suppress(OSError):
                os.unlink(str(io.path))
            where += " (the file was removed)"
        else:
            io.silence_out()
        raise _revoked(api, failure, where, value, about) from None
    if file is not None:
        with contextlib.suppress(OSError):  # the key is in the file: nothing is lost
            write_note(io.out, about, as_json=io.args.json)


def _revoked(
    api: UserApi,
    failure: BaseException,
    where: str,
    value: str,
    about: dict[str, object],
) -> HandOverError:
    if isinstance(failure, OSError):
        why, code = f"the new key could not be written to {where}: {failure.strerror}", EXIT_OUTPUT
    else:
        why, code = "interrupted before the new key was handed over", EXIT_INTERRUPTED
    name = str(about.get("name"))
    key_id = about.get("id")
    try:
        if isinstance(key_id, str):
            _delete(api, key_id, value)
            revoked = [key_id]
        else:
            revoked = revoke_marked(api, marker_of(name) or "", name, why)
    except KeyLifecycleError as error:  # from revoke_marked: it names what is left
        return HandOverError(
            str(error), exit_code=EXIT_UNKNOWN, key_ids=error.key_ids, names=error.names
        )
    except ApiException as error:
        return HandOverError(
            f"{why}, and revoking it failed ({describe(error)}): revoke the key {key_id} "
            f"({name!r})",
            exit_code=EXIT_UNKNOWN,
            key_ids=(str(key_id),),
            names=(name,),
        )
    if not revoked:
        return HandOverError(
            f"{why}, and it is not in the key list: if a key named {name!r} exists, revoke it",
            exit_code=EXIT_UNKNOWN,
            names=(name,),
        )
    left = "nothing is left"
    if "replaces" in about:
        left = f"the old key {about['replaces']} is unchanged and still the working one"
    return HandOverError(
        f"{why}; it was revoked ({', '.join(revoked)}, {name!r}): {left}", exit_code=code
    )


def _delete(api: UserApi, key_id: str, value: str) -> None:
    try:
        api.delete_user_api_key(key_id)
    except UnauthorizedException:
        # The caller's own key was the one just rotated away: the new key revokes itself.
        api.delete_user_api_key(key_id, _request_auth=auth_as(value))
