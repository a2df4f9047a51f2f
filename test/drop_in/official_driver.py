"""The half of the drop-in comparison that runs in both processes: call the cases' operations
with a ``trieve_py_client`` package (ours, or the official one in its own venv) against a
recording loopback server, and say what reached the wire.

Standard library only (and the package handed in): the official client's venv holds nothing
else of ours. ``official_surface`` describes the package's names the same way.
"""

from __future__ import annotations

import base64
import traceback
import warnings
from types import ModuleType
from typing import Any

from support.faultserver import FaultServer, Request

# Credentials of both schemes the spec declares, so that every operation sends its own.
API_KEYS = {"ApiKey": "tr-compare-apikey", "X-API-KEY": "tr-compare-x-api-key"}


def record(package: ModuleType, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each case's call, in order, with the requests it sent and its error, if any."""
    results = []
    with FaultServer() as server:
        configuration = package.Configuration(host=server.url, api_key=dict(API_KEYS))
        client = package.ApiClient(configuration)
        for case in cases:
            before = server.attempts
            error = None
            try:
                with warnings.catch_warnings():
                    # A deprecated operation warns at every call; that is not what is compared.
                    warnings.simplefilter("ignore", DeprecationWarning)
                    _call(package, client, case)
            except Exception as caught:  # every failure is a result to compare
                error = _one_line(caught)
            sent = [_described(request) for request in server.requests[before:]]
            results.append({"id": case["id"], "error": error, "requests": sent})
    return results


def _call(package: ModuleType, client: Any, case: dict[str, Any]) -> None:
    api = getattr(package, case["api"])(client)
    method = getattr(api, case["method"])
    arguments = {name: _built(package, arg) for name, arg in case["args"].items()}
    method(**arguments, **case["options"])


def _built(package: ModuleType, arg: dict[str, Any]) -> Any:
    """An argument as users build it: a model from its dict, an enum from its value."""
    if arg["build"] == "model":
        return getattr(package.models, arg["type"]).from_dict(arg["value"])
    if arg["build"] == "enum":
        return getattr(package.models, arg["type"])(arg["value"])
    return arg["value"]


def _described(request: Request) -> dict[str, Any]:
    return {
        "method": request.method,
        "target": request.target,
        "headers": [list(pair) for pair in request.headers],
        "body": base64.b64encode(request.body).decode("ascii"),
    }


def _one_line(error: BaseException) -> str:
    """The error's type and first line, and where it was raised: enough to tell why a call
    sent nothing without printing a whole traceback per case."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {frames[-1].name}" if frames else ""
    first = str(error).strip().splitlines()
    return f"{type(error).__name__}{where}: {first[0] if first else ''}"
