"""The API classes, one per tag of openapi.json."""

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
