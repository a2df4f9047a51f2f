"""One ApiClient shared by many threads: no errors, no crossed responses, pooled connections."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from support.faultserver import Exchange, FaultServer, response_bytes

from trieve_py_client import SetUserApiKeyRequest, UserApi

THREADS = 16
# Each round is a POST and a GET: 16 threads x 25 rounds keep 800 requests in flight together,
# enough to cross responses if the client shared a connection or a buffer between threads.
ROUNDS = 25


def minted_for(name: str) -> str:
    return f"tr-minted-for-{name}"


def answer_the_caller(exchange: Exchange) -> bool:
    """A POST gets a key named after the name it sent; a GET gets one key named after its
    X-Request-Id, which is sent back as a header too. A crossed response cannot match."""
    request = exchange.request
    token = request.header("X-Request-Id") or ""
    if request.method == "POST":
        payload: object = {"api_key": minted_for(request.json()["name"])}
    else:
        payload = [
            {
                "id": "00000000-0000-4000-8000-000000000001",
                "user_id": "00000000-0000-4000-8000-000000000002",
                "name": token,
                "role": 0,
                "created_at": "2021-01-01T00:00:00.000",
                "updated_at": "2021-01-01T00:00:00.000",
            }
        ]
    headers = [("Content-Type", "application/json"), ("X-Request-Id", token)]
    exchange.send(response_bytes(200, json.dumps(payload).encode(), headers))
    return True


def test_sixteen_threads_share_one_client(api_factory: Callable[..., UserApi]) -> None:
    with FaultServer(answer_the_caller) as server:
        api = api_factory(server.url, "tr-x")
        start = threading.Barrier(THREADS)

        def calls(worker: int) -> tuple[int, list[str]]:
            crossed, minted = 0, []
            start.wait()  # every thread calls at once, not one after another as they start
            for round_ in range(ROUNDS):
                token = f"t{worker}-{round_}"
                key = api.set_user_api_key(SetUserApiKeyRequest(name=token, role=0)).api_key
                minted.append(key)
                response = api.get_user_api_keys_with_http_info(_headers={"X-Request-Id": token})
                if (
                    key != minted_for(token)
                    or response.headers["X-Request-Id"] != token
                    or response.data[0].name != token
                ):
                    crossed += 1
            return crossed, minted

        # pool.map raises in this thread whatever a worker raised: an error fails the test.
        with ThreadPoolExecutor(THREADS) as pool:
            results = list(pool.map(calls, range(THREADS)))
        sent = server.requests
        connections = server.connections

    assert [crossed for crossed, _ in results] == [0] * THREADS
    minted = [key for _, keys in results for key in keys]
    assert len(set(minted)) == THREADS * ROUNDS
    tokens = sorted(f"t{worker}-{round_}" for worker in range(THREADS) for round_ in range(ROUNDS))
    # Every mint reached the server exactly once: none lost, none sent twice.
    assert sorted(r.json()["name"] for r in sent if r.method == "POST") == tokens
    assert sorted(r.header("X-Request-Id") or "" for r in sent if r.method == "GET") == tokens
    # Each thread keeps its pooled connection: a new connection per call would mean hundreds.
    assert connections <= THREADS
