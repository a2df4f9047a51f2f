"""The ``trieve-keys`` command: list, create, revoke and rotate API keys, and set roles.

Also ``python -m trieve_py_client.keys``. ``main(argv)`` returns the exit status.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import textwrap
from collections.abc import Mapping, Sequence

from ._commands import COMMANDS, EXIT_USAGE, MINTING, run

PROG = "trieve-keys"

EXIT_CODES = """\
exit status:
  0  done
  1  an API error (the server refused; nothing changed, unless the message says otherwise)
  2  usage error: bad arguments, no API key, an --output file that exists, a closed
     stdout (create, rotate: before anything is minted)
  3  authentication failure: the API key is unknown, or may not do this (401, 403)
  4  not found: no key has that id or name, or a name matches several keys
  5  outcome unknown: the server may have acted and it could not be checked, or keys
     need attention (a new key neither handed over nor revoked); the message names them
  6  output failed: standard output or the --output file could not be written; a key
     minted for it was revoked
  130  interrupted (Ctrl-C); a key minted for it was revoked
"""

MAIN_EPILOG = f"""\
The API key and host come from TRIEVE_API_KEY and TRIEVE_BASE_URL, or --api-key-file and
--base-url. A minted key is printed to stdout only (or written to a new file with mode 0600,
--output); under GitHub Actions (GITHUB_ACTIONS=true) it is first announced with ::add-mask::
on stderr, so that stdout holds the key alone. A key that cannot be handed over (stdout closed,
--output failing, Ctrl-C) is revoked, or named for you to revoke.
Keys minted here are named "<name> [mint:<12 hex digits>]": the marker finds a key whose
minting had an unknown outcome, so that it can be revoked before minting again.

examples:
  {PROG} list
  {PROG} create ci-deploy --role 0 --output deploy.key
  {PROG} rotate ci-deploy --no-scopes --output new.key
  {PROG} revoke 6f1d2c3b-0a9e-4d8f-b7c6-5e4d3c2b1a09

{EXIT_CODES}"""

_HELP = {
    "list": (
        "list the caller's keys (ids, names, roles, limits; never values)",
        f"examples:\n  {PROG} list\n  {PROG} list --json\n",
    ),
    "create": (
        "mint a key and print it, recovering from a mint whose outcome is unknown",
        f"examples:\n  {PROG} create ci-deploy --role 0\n"
        f"  {PROG} create ci-deploy --role 1 --scope 'GET /api/dataset' --output ci.key\n"
        f'  KEY="$({PROG} create nightly --role 0)"\n',
    ),
    "revoke": (
        "revoke a key by id, or by a name that matches exactly one key",
        "A name matches a key's whole name, or its name without the [mint:...] marker; when "
        "several keys match, they are listed and nothing is revoked.\n\n"
        f"examples:\n  {PROG} revoke 6f1d2c3b-0a9e-4d8f-b7c6-5e4d3c2b1a09\n"
        f"  {PROG} revoke ci-deploy\n",
    ),
    "rotate": (
        "replace a key: mint one with the same role and limits, check it, revoke the old",
        "The key list does not return a key's scopes: give them again (--scope, repeated) or "
        "say the key has none (--no-scopes). The old key is revoked only once the new one "
        "works; on any failure the message says which key is the working one, and the other "
        "is revoked when the server allows it.\n\n"
        f"examples:\n  {PROG} rotate ci-deploy --no-scopes\n"
        f"  {PROG} rotate 6f1d2c3b-0a9e-4d8f-b7c6-5e4d3c2b1a09 --scope 'GET /api/dataset' "
        "--output ci.key\n",
    ),
    "set-role": (
        "set a user's role in an organization (the caller's own role without --user)",
        f"examples:\n  {PROG} set-role --organization 3c90c3cc-0d44-4b50-8888-8dd25736052a "
        "--role 1 --user 5f0c7e6a-2b1d-4c3e-9f8a-7b6c5d4e3f2a\n",
    ),
}


def _wrapped(text: str) -> str:
    # Raw formatting keeps the examples' lines; the prose paragraphs are wrapped here.
    return "\n\n".join(
        part if part.startswith("examples:") else textwrap.fill(part, 88)
        for part in text.split("\n\n")
    )


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("connection and output")
    group.add_argument("--base-url", metavar="URL", help="API host (default: $TRIEVE_BASE_URL)")
    group.add_argument(
        "--api-key-file",
        metavar="PATH",
        help="read the caller's API key from this file (default: $TRIEVE_API_KEY)",
    )
    group.add_argument("--json", action="store_true", help="print JSON, for machines")
    group.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="read timeout of each request"
    )
    group.add_argument(
        "--retries", type=int, metavar="N", help="retries of safe requests (default: 2)"
    )
    return common


def _minting(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--output",
        metavar="FILE",
        help="write the new key to FILE, created with mode 0600 (never overwritten), "
        "instead of stdout",
    )
    parser.add_argument(
        "--attempts",
        type=int,
        default=3,
        metavar="N",
        help="mints to try when one has an unknown outcome (default: %(default)s)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand, with their help and examples."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Manage Trieve API keys: list, create, revoke, rotate; set user roles.",
        epilog=MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    made = {}
    for name in COMMANDS:
        summary, epilog = _HELP[name]
        made[name] = commands.add_parser(
            name,
            parents=[_common()],
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=f"{_wrapped(epilog)}\n{EXIT_CODES}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    create = made["create"]
    create.add_argument("name", help="the key's name; the marker is added to it")
    create.add_argument("--role", type=int, choices=(0, 1), required=True, help="0 read, 1 write")
    create.add_argument(
        "--dataset", action="append", metavar="ID", help="limit to this dataset (repeatable)"
    )
    create.add_argument(
        "--organization",
        action="append",
        metavar="ID",
        help="limit to this organization (repeatable)",
    )
    create.add_argument(
        "--scope", action="append", metavar="ROUTE", help='limit to a route, e.g. "GET /api/x"'
    )
    _minting(create)
    made["revoke"].add_argument("key", metavar="ID_OR_NAME", help="the key's id or name")
    rotate = made["rotate"]
    rotate.add_argument("key", metavar="ID_OR_NAME", help="the key's id or name")
    scopes = rotate.add_mutually_exclusive_group(required=True)
    scopes.add_argument(
        "--scope", action="append", metavar="ROUTE", help="a scope of the new key (repeatable)"
    )
    scopes.add_argument(
        "--no-scopes", action="store_true", help="the new key has no scopes (every route)"
    )
    rotate.add_argument("--name", help="the new key's name (default: the old key's)")
    _minting(rotate)
    role = made["set-role"]
    role.add_argument("--organization", required=True, metavar="ID", help="organization id")
    role.add_argument(
        "--role", type=int, choices=(0, 1, 2), required=True, help="0 user, 1 admin, 2 owner"
    )
    role.add_argument("--user", metavar="ID", help="the user to change (default: the caller)")
    return parser


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Run the command; returns its exit status (see ``EXIT_CODES``)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as done:  # --help (0) or a usage error (2), already printed
        return int(done.code or 0)
    with contextlib.ExitStack() as stack:
        # Python sets a stream that was closed when it started to None.
        err = sys.stderr or stack.enter_context(open(os.devnull, "w", encoding="utf-8"))
        out = sys.stdout
        if out is None:
            if args.command in MINTING and not args.output:
                err.write(f"{PROG}: error: standard output is closed: give --output FILE\n")
                return EXIT_USAGE  # before anything is minted: the key would be lost
            out = stack.enter_context(open(os.devnull, "w", encoding="utf-8"))
        return run(args, os.environ if environ is None else environ, out, err)


def console() -> None:
    """Entry point of the ``trieve-keys`` console script."""
    sys.exit(main())
