"""ClusterAnalytics: generated from the schema of the same name in openapi.json."""

from __future__ import annotations

from typing import Annotated

from pydantic import Tag

from trieve_py_client.models._base import OneOfModel, by_property
from trieve_py_client.models.cluster_queries import ClusterQueries
from trieve_py_client.models.cluster_topics import ClusterTopics


class ClusterAnalytics(
    OneOfModel[
        Annotated[
            Annotated[ClusterQueries, Tag("ClusterQueries")]
            | Annotated[ClusterTopics, Tag("ClusterTopics")],
            by_property("type"),
        ]
    ]
):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
