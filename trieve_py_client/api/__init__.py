"""The API classes, one per tag of openapi.json.

Each loads on first use: `from trieve_py_client.api import ChunkApi` imports chunk_api alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trieve_py_client._lazy import loader

if TYPE_CHECKING:
    from trieve_py_client.api.analytics_api import AnalyticsApi
    from trieve_py_client.api.auth_api import AuthApi
    from trieve_py_client.api.chunk_api import ChunkApi
    from trieve_py_client.api.chunk_group_api import ChunkGroupApi
    from trieve_py_client.api.dataset_api import DatasetApi
    from trieve_py_client.api.events_api import EventsApi
    from trieve_py_client.api.file_api import FileApi
    from trieve_py_client.api.health_api import HealthApi
    from trieve_py_client.api.invitation_api import InvitationApi
    from trieve_py_client.api.message_api import MessageApi
    from trieve_py_client.api.metrics_api import MetricsApi
    from trieve_py_client.api.organization_api import OrganizationApi
    from trieve_py_client.api.stripe_api import StripeApi
    from trieve_py_client.api.topic_api import TopicApi
    from trieve_py_client.api.user_api import UserApi

__all__ = [
    "AnalyticsApi",
    "AuthApi",
    "ChunkApi",
    "ChunkGroupApi",
    "DatasetApi",
    "EventsApi",
    "FileApi",
    "HealthApi",
    "InvitationApi",
    "MessageApi",
    "MetricsApi",
    "OrganizationApi",
    "StripeApi",
    "TopicApi",
    "UserApi",
]

_load = loader(
    globals(),
    {
        "AnalyticsApi": "trieve_py_client.api.analytics_api",
        "AuthApi": "trieve_py_client.api.auth_api",
        "ChunkApi": "trieve_py_client.api.chunk_api",
        "ChunkGroupApi": "trieve_py_client.api.chunk_group_api",
        "DatasetApi": "trieve_py_client.api.dataset_api",
        "EventsApi": "trieve_py_client.api.events_api",
        "FileApi": "trieve_py_client.api.file_api",
        "HealthApi": "trieve_py_client.api.health_api",
        "InvitationApi": "trieve_py_client.api.invitation_api",
        "MessageApi": "trieve_py_client.api.message_api",
        "MetricsApi": "trieve_py_client.api.metrics_api",
        "OrganizationApi": "trieve_py_client.api.organization_api",
        "StripeApi": "trieve_py_client.api.stripe_api",
        "TopicApi": "trieve_py_client.api.topic_api",
        "UserApi": "trieve_py_client.api.user_api",
    },
)


def __getattr__(name: str) -> Any:
    return _load(name)


def __dir__() -> list[str]:
    return sorted(__all__)
