"""The floor under the SDK: raw urllib3 with the SDK's own pydantic models around it, and none
of its client code (``ApiClient``, ``rest``, the generated methods) in between.

Each call builds the request model as the SDK's users do, sends ``model_dump_json`` through
``PoolManager.request`` with raw's headers, and validates the answer with pydantic into the
type the SDK returns (``validate_json`` of a ``TypeAdapter``, as the SDK does). Against raw
urllib3 (``json.dumps`` / ``json.loads``) this is what the models alone cost: a target below
it cannot be met by any client built on them, and the SDK's client code is the gap between
the SDK's row and this one.

The floor is given the SDK's default timeout wherever it is timed: a socket timeout makes
CPython poll before every send and receive (see ``run.thread_rows``), which is the SDK's I/O
and not its code. The judged rows time the SDK against the floor, pair by pair
(``above_floor_row``): what the SDK's own code costs.

Like ``workloads``, this module imports no SDK: the package is passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from types import GenericAlias, ModuleType
from typing import Any

import urllib3
from pydantic import TypeAdapter

from benchmarks import report, search
from benchmarks.harness import Paired
from benchmarks.report import Row, times, us
from benchmarks.workloads import DELETE_ID, POOL_MAXSIZE, RawClient, Target

LABEL = "floor (urllib3 + the SDK's models, no client code)"


class ModelsClient(RawClient):
    """The four User operations: urllib3 and the SDK's models, nothing else."""

    def __init__(
        self, pkg: ModuleType, target: Target, timeout: urllib3.Timeout | None = None
    ) -> None:
        super().__init__(target, timeout=timeout)
        self.pkg = pkg
        self.minted: TypeAdapter[Any] = TypeAdapter(pkg.SetUserApiKeyResponse)
        keys: Any = GenericAlias(list, (pkg.ApiKeyRespBody,))  # list[ApiKeyRespBody]
        self.keys: TypeAdapter[Any] = TypeAdapter(keys)

    def _send(
        self, method: str, path: str, model: Any = None, answer: TypeAdapter[Any] | None = None
    ) -> Any:
        if model is None:
            resp = self.pool.request(method, self.base + path, headers=self.headers)
        else:
            data = model.model_dump_json(by_alias=True, exclude_unset=True).encode()
            resp = self.pool.request(method, self.base + path, body=data, headers=self.json_headers)
        if resp.status >= 300:
            raise RuntimeError(f"floor {method} {path}: HTTP {resp.status}")
        return None if answer is None else answer.validate_json(resp.data)

    def set_user_api_key(self, ids: list[str]) -> object:
        request = self.pkg.SetUserApiKeyRequest(name="k", role=0, dataset_ids=ids)
        return self._send("POST", "/api/user/api_key", request, self.minted)

    def get_user_api_keys(self) -> object:
        return self._send("GET", "/api/user/api_key", answer=self.keys)

    def update_user(self) -> object:
        update = self.pkg.UpdateUserOrgRoleData(organization_id=self.org, role=1)
        return self._send("PUT", "/api/user", update)

    def delete_user_api_key(self) -> object:
        return self._send("DELETE", f"/api/user/api_key/{DELETE_ID}")


def models_search(
    pkg: ModuleType, target: Target, timeout: urllib3.Timeout
) -> tuple[Callable[[], Any], Callable[[], None]]:
    """``search.sdk_search``'s request and answer with urllib3 and the models alone, and a
    function closing its pool."""
    pool = urllib3.PoolManager(maxsize=POOL_MAXSIZE, timeout=timeout)
    url = target.url + search.SEARCH_PATH
    headers = search.raw_headers(target)
    answer = TypeAdapter(pkg.SearchResponseTypes)

    def call() -> Any:
        body = search.build_payload(pkg).model_dump_json(by_alias=True, exclude_unset=True)
        resp = pool.request("POST", url, body=body.encode(), headers=headers)
        if resp.status >= 300:
            raise RuntimeError(f"floor search: HTTP {resp.status}")
        return answer.validate_json(resp.data)

    return call, pool.clear


def floor_row(case: str, result: Paired, throughput: bool = False) -> Row:
    """A row of the floor against raw urllib3, without a target: a target below it cannot
    be met by a client that builds and returns these models."""
    return _row(case, result, throughput, "", judged=False)


def above_floor_row(case: str, result: Paired, key: str, throughput: bool = False) -> Row:
    """The judged row of the SDK timed against the floor: per call at most
    ``ABOVE_FLOOR_MAX`` times the floor's time, or with threads at least ``THREADS_MIN`` times
    its throughput."""
    return _row(case, result, throughput, " (floor)", judged=True, key=key)


def _row(
    case: str, result: Paired, throughput: bool, note: str, judged: bool, key: str = ""
) -> Row:
    if throughput:
        ratio = 1 / result.ratio
        sdk, other = (
            f"{1e6 / t:,.0f} calls/s" for t in (result.sdk_per_call_us, result.raw_per_call_us)
        )
        target, holds = report.at_least(report.THREADS_MIN), ratio >= report.THREADS_MIN
    else:
        ratio = result.ratio
        sdk, other = us(result.sdk_per_call_us), us(result.raw_per_call_us)
        target, holds = report.at_most(report.ABOVE_FLOOR_MAX), ratio <= report.ABOVE_FLOOR_MAX
    if not judged:
        return Row(case, sdk, other + note, times(ratio), key=key)
    return Row(case, sdk, other + note, times(ratio), target, holds, key=key)
