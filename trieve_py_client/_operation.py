"""An operation as data, and the per-call options every variant of it takes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any

import urllib3
from pydantic import Field, InstanceOf, StrictFloat, StrictInt, StrictStr
from pydantic import with_config as pydantic_config
from typing_extensions import TypedDict

PositiveSeconds = Annotated[StrictFloat, Field(gt=0, allow_inf_nan=False)]
RequestTimeout = (
    PositiveSeconds | tuple[PositiveSeconds, PositiveSeconds] | InstanceOf[urllib3.Timeout] | None
)


@pydantic_config({"extra": "forbid"})
class RequestOptions(TypedDict, total=False):
    """The per-call options every operation variant takes; the README's "Per-call options"
    section describes them. A misspelt option name is rejected, not ignored."""

    _request_timeout: RequestTimeout
    _request_auth: dict[StrictStr, Any] | None
    _content_type: StrictStr | None
    _headers: dict[StrictStr, Any] | None
    _host_index: Annotated[StrictInt, Field(ge=0)] | None


@dataclass(frozen=True)
class Operation:
    """One API operation as data: what an API class hands the client for every call."""

    method: str
    path: str
    responses: Mapping[str, Any]
    content_type: str | None = None
    accept: str = "application/json"
    auth: tuple[str, ...] = ("ApiKey",)
