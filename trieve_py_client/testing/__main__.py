"""Command line: ``python -m trieve_py_client.testing [--host H] [--port P] [--db PATH] ...``.

Seeds an owner in one organization, prints the URL, organization id, user id, the owner's
API key and the control token (one ``name: value`` per line, flushed, so a parent process
can read them), and serves until Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from types import FrameType

from ._lifecycle import DEFAULT_MAX_BODY_BYTES
from ._server import LocalTrieveServer, SeededUser


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m trieve_py_client.testing",
        description="Serve a local, Trieve-compatible API (see docs/LocalTrieve.md).",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8090, help="port; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--db",
        default=":memory:",
        metavar="PATH",
        help="SQLite file that keeps state across restarts (default: in memory)",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="N",
        help="larger JSON bodies get the real server's 400 (default: %(default)s)",
    )
    parser.add_argument(
        "--api-key",
        default=os.environ.get("TRIEVE_LOCAL_API_KEY"),
        metavar="KEY",
        help="the owner's key, known in advance (default: $TRIEVE_LOCAL_API_KEY, else minted "
        "once per database)",
    )
    parser.add_argument(
        "--admin-api-key",
        default=os.environ.get("TRIEVE_LOCAL_ADMIN_API_KEY"),
        metavar="KEY",
        help="the server's ADMIN_API_KEY (default: $TRIEVE_LOCAL_ADMIN_API_KEY, else none)",
    )
    parser.add_argument(
        "--user",
        type=int,
        action="append",
        default=[],
        choices=(0, 1, 2),
        metavar="ROLE",
        help="add a user with this role (0, 1 or 2) to the organization; repeatable",
    )
    parser.add_argument(
        "--keep-order",
        action="store_true",
        help="list keys in creation order instead of shuffling them like the real server may",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log each request to stderr (never keys)"
    )
    return parser


def _banner(server: LocalTrieveServer, db: str, added: Sequence[SeededUser] = ()) -> str:
    if db == ":memory:":
        state = "in memory (lost on exit)"
    elif server.reused_database:
        state = f"{db} (reused: same owner and organization; earlier keys still work)"
    else:
        state = f"{db} (new)"
    return (
        "Local Trieve server\n"
        f"url: {server.url}\n"
        f"organization_id: {server.organization_id}\n"
        f"user_id: {server.user_id}\n"
        f"api_key: {server.api_key}\n"
        f"control_token: {server.control_token}\n"
        f"database: {state}\n"
        + "".join(f"user: {u.user_id} role={u.role} api_key={u.api_key}\n" for u in added)
        + "Press Ctrl-C to stop."
    )


@contextlib.contextmanager
def _signal_handler(
    signum: signal.Signals, handler: Callable[[int, FrameType | None], object] | signal.Handlers
) -> Iterator[None]:
    # Only the main thread may set handlers; elsewhere (main() called from a thread) skip it.
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signum, handler)
    try:
        yield
    finally:
        signal.signal(signum, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the server until interrupted; return the exit status."""
    args = _parser().parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")
    # SIGTERM (as sent by process managers) stops as cleanly as Ctrl-C does; SIGINT is set
    # too because a shell starts background jobs with it ignored, and Python keeps that.
    with (
        _signal_handler(signal.SIGTERM, signal.default_int_handler),
        _signal_handler(signal.SIGINT, signal.default_int_handler),
    ):
        try:
            server = LocalTrieveServer(
                args.host,
                args.port,
                args.db,
                max_body_bytes=args.max_body_bytes,
                api_key=args.api_key,
                admin_api_key=args.admin_api_key,
                shuffle_lists=not args.keep_order,
            ).start()
        except (OSError, ValueError, sqlite3.Error) as exc:
            print(f"error: cannot start the server: {exc}", file=sys.stderr)
            return 1
        try:
            with contextlib.suppress(KeyboardInterrupt):
                added = [server.add_user(role) for role in args.user]
                print(_banner(server, args.db, added), flush=True)
                while True:
                    # time.sleep, unlike waiting on a lock, is interrupted by Ctrl-C everywhere.
                    time.sleep(3600)
        finally:
            # A second Ctrl-C must not break the shutdown half-way.
            with _signal_handler(signal.SIGINT, signal.SIG_IGN):
                server.stop()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
