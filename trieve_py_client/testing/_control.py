"""The control path: a test drives a server it did not start (from the CLI) over HTTP.

Only the server's control token opens it: ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable

from ._auth import header
from ._endpoints import Request, Response, message
from ._faults import FaultPlan, RequestLog, fault_from_json

PREFIX = "/__local__/"


def control(
    request: Request,
    token: str,
    faults: FaultPlan,
    log: RequestLog,
    reset: Callable[[], None],
) -> Response:
    """Answer a request under PREFIX: plan or clear faults, read or clear the request log,
    reset the server to its seeded state."""
    sent = header(request.headers, "Authorization") or ""
    if not hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
        return message(401, "Unauthorized")
    what = request.target.partition("?")[0][len(PREFIX) :]
    if what == "faults" and request.method == "POST":
        try:
            faults.add(fault_from_json(json.loads(request.body or b"null")))
        except ValueError as exc:
            return message(400, str(exc))
        return Response(204)
    if what == "faults" and request.method == "DELETE":
        faults.clear()
        return Response(204)
    if what == "requests" and request.method == "GET":
        return Response(200, [entry.to_json() for entry in log.entries()])
    if what == "requests" and request.method == "DELETE":
        log.clear()
        return Response(204)
    if what == "reset" and request.method == "POST":
        reset()
        return Response(204)
    return Response(404)
