"""Run by the official client's venv python: time it against raw urllib3, print JSON.

The repository goes at the END of sys.path, after the venv's site-packages, so that
``import trieve_py_client`` finds the official client while ``benchmarks`` still imports.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))

import trieve_py_client  # the official one: main() checks
from benchmarks import cases
from benchmarks.workloads import RawClient, SdkClient, Target


def main() -> None:
    if "site-packages" not in (trieve_py_client.__file__ or ""):
        raise SystemExit(f"expected the installed official client, got {trieve_py_client.__file__}")
    spec = json.loads(sys.argv[1])
    target = Target(**spec["target"])
    raw_scale = spec["scale"]
    scale = cases.Scale(
        rounds=raw_scale["rounds"],
        calls=raw_scale["calls"],
        thread_calls=raw_scale["thread_calls"],
        size_calls={int(k): v for k, v in raw_scale["size_calls"].items()},
        processes=raw_scale["processes"],
    )
    sdk, raw = SdkClient(trieve_py_client, target), RawClient(target)
    # 0.11.8 has no get_user_api_keys (its generator dropped the route): its mix leaves it out.
    ops = tuple(op for op in ("set", "get", "update", "delete") if op != "get" or sdk.has_get)
    results: dict[str, object] = {"version": getattr(trieve_py_client, "__version__", "?")}
    for op in ops:
        results[op] = cases.per_call(sdk, raw, [op], scale).ratio
    results["mix"] = cases.per_call(sdk, raw, ops, scale).ratio
    results["mix_ops"] = list(ops)
    results["big_10000"] = cases.big_set(sdk, raw, 10_000, scale).ratio
    results["threads_16"] = 1 / cases.threads(sdk, raw, ops, 16, scale).ratio
    sdk.close()
    raw.close()
    counted = SdkClient(trieve_py_client, Target(**spec["count_target"]))
    cases.sequential(counted, ops)
    counted.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
