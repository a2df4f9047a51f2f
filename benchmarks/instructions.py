"""Instructions per call, counted by valgrind's callgrind: the SDK's CPU cost next to raw
urllib3's (without and with a timeout, as in the per-call and the thread rows of ``make
bench``), free of the machine's noise.

    python -m benchmarks.instructions [--calls N] [--ops set,get,update,delete,build,search]
        [--clients sdk,floor,raw,raw+timeout] [--layouts 1-4] [--jobs N] [--against REV]

Each (client, operation) runs in its own process under callgrind, with ``PYTHONHASHSEED=0``
and the cyclic garbage collector off while counting (a collection lands in one count and not
in another); after a warm-up, only the calls themselves are counted, through
``operator.call``, which nothing else calls. ``set`` builds its request model, as in ``make
bench``; ``build`` is building that ``SetUserApiKeyRequest`` alone (SDK only); ``search`` is the search
with a filter of ``search.py`` (SDK and raw). Each figure is
the mean over a few memory layouts (see ``LAYOUTS``); the spread is printed with it.

``--against REV`` adds a column, ``sdk@REV``: the SDK package of a git revision (a commit,
branch or tag), taken out with ``git archive`` into a temporary folder and counted by this
harness, so that a change is weighed against the code before it. It covers the four calls and
``build``, which every revision since the first has.

The network is faked at the socket level, in the counted process only: urllib3 connects to
one end of a ``socketpair`` whose other end holds nginx's answer (the same bytes as
``nginx.py`` sends) as soon as a request's head is sent. Everything above the socket, urllib3
and ``http.client`` included, runs as it would against a server, and every read finds its
answer waiting, so a count does not depend on scheduling. System calls cost no instructions
here: the socket timeout's ``poll`` shows in ``make bench`` and not in these counts. Needs
valgrind and Python 3.11 or later (``operator.call``). Takes a few minutes; not part of
``make bench``.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import operator
import os
import re
import socket
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import search
from benchmarks.floor import ModelsClient, models_search
from benchmarks.nginx import API_KEY, KEYS, MINTED, ORGANIZATION_ID
from benchmarks.workloads import OPS, RawClient, SdkClient, Target, make_ids, op_caller

REPO = Path(__file__).resolve().parent.parent
CLIENTS = ("sdk", "floor", "raw", "raw+timeout")
WARM_UP = 30
URL = "http://127.0.0.1:8080"


def _answer(status: str, body: object = None) -> bytes:
    head = f"HTTP/1.1 {status}\r\nServer: nginx/1.22.1\r\nDate: Sun, 29 Nov 2026 12:00:00 GMT\r\n"
    if body is None:
        return f"{head}Connection: keep-alive\r\n\r\n".encode()
    text = json.dumps(body, separators=(",", ":"))
    return (
        f"{head}Content-Type: application/json\r\nContent-Length: {len(text)}\r\n"
        f"Connection: keep-alive\r\n\r\n{text}"
    ).encode()


# By the start of the request line, as nginx.py routes them.
ANSWERS = {
    b"POST /api/user/api_key ": _answer("200 OK", MINTED),
    b"GET /api/user/api_key ": _answer("200 OK", KEYS),
    b"PUT /api/user ": _answer("204 No Content"),
    b"DELETE /api/user/api_key/": _answer("204 No Content"),
    f"POST {search.SEARCH_PATH} ".encode(): _answer("200 OK", search.answer()),
}
# Operations beyond the per-call four, and the clients that make them.
EXTRA_OPS = {"build": ("sdk",), "search": ("sdk", "floor", "raw")}


class AnsweringSocket(socket.socket):
    """One end of a socketpair: what is sent is dropped, and a request head puts its answer
    on the other end, for this end to read."""

    peer: socket.socket

    def sendall(self, data: Any, flags: int = 0) -> None:
        start = bytes(data[:32])
        for prefix, answer in ANSWERS.items():
            if start.startswith(prefix):
                self.peer.sendall(answer)
                return


def fake_connection(
    address: tuple[str, int],
    timeout: Any = socket._GLOBAL_DEFAULT_TIMEOUT,  # type: ignore[attr-defined]
    source_address: Any = None,
    socket_options: Any = None,
) -> socket.socket:
    """urllib3's ``create_connection``, connected to an answering peer instead of a server."""
    ours, theirs = socket.socketpair()
    sock = AnsweringSocket(fileno=ours.detach())
    sock.peer = theirs
    if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:  # type: ignore[attr-defined]
        sock.settimeout(timeout)
    return sock


def fake_network() -> None:
    """Make urllib3 connect to answering sockets, in this process."""
    import urllib3.util.connection

    urllib3.util.connection.create_connection = fake_connection


def caller(client_kind: str, op: str) -> Callable[[], object]:
    """A call of ``op`` by a fresh client of ``client_kind``, on the faked network."""
    import urllib3

    import trieve_py_client

    fake_network()
    target = Target(URL, API_KEY, ORGANIZATION_ID)
    sdk_timeout = urllib3.Timeout(connect=5.0, read=60.0)
    if client_kind == "sdk":
        client: SdkClient | RawClient = SdkClient(trieve_py_client, target)
    elif client_kind == "floor":
        if op == "search":
            return models_search(trieve_py_client, target, sdk_timeout)[0]
        client = ModelsClient(trieve_py_client, target, timeout=sdk_timeout)
    else:
        timeout = urllib3.Timeout(connect=5.0, read=60.0) if client_kind != "raw" else None
        client = RawClient(target, timeout=timeout)
    if op == "search":
        if isinstance(client, SdkClient):
            return search.sdk_search(trieve_py_client, client.client)
        return search.raw_search(target)[0]
    if op != "build":
        return op_caller(client, op)
    ids, model = make_ids(3), trieve_py_client.SetUserApiKeyRequest
    return lambda: model(name="k", role=0, dataset_ids=ids)


def counted(call: Callable[[], object], calls: int) -> None:
    """Warm ``call`` up, then make ``calls`` calls through ``operator.call``, which callgrind
    counts (``--toggle-collect``), with no cyclic collection in between."""
    for _ in range(WARM_UP):
        call()
    gc.disable()

    def run() -> None:
        for _ in range(calls):
            call()

    operator.call(run)  # type: ignore[attr-defined]


# Sizes of an environment variable that shifts where the interpreter puts its objects: CPython's
# method cache is indexed by addresses, so one layout can count a few thousand instructions per
# call more than another for the same code. Each figure is the mean over these layouts.
LAYOUTS = (1, 300, 1100, 3000)


def count(argv: list[str], calls: int, layout: int = 1) -> float:
    """Instructions per call of a child process (``argv``) that runs ``counted``."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=_operator_call",
            f"--callgrind-out-file={out}",
            *argv,
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0", "INSTRUCTIONS_LAYOUT": "x" * layout}
        subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True)
        totals = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
    if totals is None:
        raise RuntimeError("callgrind wrote no totals")
    return int(totals[1]) / calls


def measure(
    kind: str, op: str, calls: int, layouts: int, package: str | None = None
) -> tuple[float, float]:
    """The mean over ``layouts`` layouts of the instructions per call, and their spread;
    ``package`` is the folder of another ``trieve_py_client`` to count as ``sdk``."""
    child = [sys.executable, "-m", "benchmarks.instructions", "--child", kind, op, str(calls)]
    if package is not None:
        child += ["--package", package]
    counts = [count(child, calls, layout) for layout in LAYOUTS[:layouts]]
    return sum(counts) / len(counts), max(counts) - min(counts)


def extract_package(revision: str, folder: Path) -> None:
    """Write the ``trieve_py_client`` package of a git ``revision`` into ``folder``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "trieve_py_client"],
        cwd=REPO,
        check=False,
        capture_output=True,
    )
    if archive.returncode != 0:
        sys.exit(f"--against {revision}: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.instructions")
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--ops", default=",".join((*OPS, *EXTRA_OPS)))
    parser.add_argument("--clients", default=",".join(CLIENTS))
    parser.add_argument("--layouts", type=int, choices=range(1, len(LAYOUTS) + 1), default=4)
    parser.add_argument("--jobs", type=int, default=1, help="valgrind processes at a time")
    parser.add_argument("--against", metavar="REV", help="also count the SDK of git revision REV")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--package", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.package:
            sys.path.insert(0, args.package)
            import trieve_py_client  # only once the path names the revision's

            if not str(trieve_py_client.__file__).startswith(args.package):
                sys.exit(f"counted {trieve_py_client.__file__}, not the package of --against")
        kind, op, calls = args.child
        counted(caller(kind, op), int(calls))
        return
    ops, kinds = args.ops.split(","), args.clients.split(",")
    cases = [(op, kind) for op in ops for kind in kinds if kind in EXTRA_OPS.get(op, CLIENTS)]
    with tempfile.TemporaryDirectory() as baseline:
        if args.against:
            extract_package(args.against, Path(baseline))
            kinds.append(f"sdk@{args.against}")
            cases += [(op, kinds[-1]) for op in ops if op != "search"]

        def measured(case: tuple[str, str]) -> tuple[float, float]:
            op, kind = case
            if not kind.startswith("sdk@"):
                return measure(kind, op, args.calls, args.layouts)
            return measure("sdk", op, args.calls, args.layouts, baseline)

        with ThreadPoolExecutor(args.jobs) as pool:
            figures = dict(zip(cases, pool.map(measured, cases), strict=True))
    print(f"instructions per call, mean of {args.layouts} layouts (spread in brackets)")
    print(f"{'op':<8}" + "".join(f"{kind:>22}" for kind in kinds))
    for op in ops:
        cells = [figures.get((op, kind)) for kind in kinds]
        print(
            f"{op:<8}"
            + "".join(f"{f'{c[0]:,.0f} [{c[1]:,.0f}]':>22}" if c else f"{'':>22}" for c in cells)
        )
    for raw in (kind for kind in kinds if kind != "sdk"):
        mix = [op for op in OPS if (op, "sdk") in figures and (op, raw) in figures]
        if "sdk" not in kinds or not mix:
            continue
        sdk_mix = sum(figures[op, "sdk"][0] for op in mix) / len(mix)
        raw_mix = sum(figures[op, raw][0] for op in mix) / len(mix)
        ratios = ", ".join(f"{op} {figures[op, 'sdk'][0] / figures[op, raw][0]:.3f}" for op in mix)
        print(
            f"sdk / {raw}: {ratios}; mix {sdk_mix:,.0f} / {raw_mix:,.0f} = {sdk_mix / raw_mix:.3f}"
        )
    for other in ("floor", "raw"):
        if ("search", "sdk") in figures and ("search", other) in figures:
            ratio = figures["search", "sdk"][0] / figures["search", other][0]
            print(f"sdk / {other}: search {ratio:.3f}")


if __name__ == "__main__":
    main()
