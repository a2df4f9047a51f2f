"""RAGAnalytics: generated from the schema of the same name in openapi.json."""

from __future__ import annotations

from typing import Annotated

from pydantic import Tag

from trieve_py_client.models._base import OneOfModel, by_property
from trieve_py_client.models.rag_queries import RAGQueries
from trieve_py_client.models.rag_usage import RAGUsage
from trieve_py_client.models.rag_usage_graph import RAGUsageGraph


class RAGAnalytics(
    OneOfModel[
        Annotated[
            Annotated[RAGQueries, Tag("RAGQueries")]
            | Annotated[RAGUsage, Tag("RAGUsage")]
            | Annotated[RAGUsageGraph, Tag("RAGUsageGraph")],
            by_property("type"),
        ]
    ]
):
    """One of several shapes.

    The value is `actual_instance`, its type chosen by `type`.
    """
