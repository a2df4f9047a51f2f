"""AnalyticsApi: the operations of the `Analytics` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes. Its three variants are
one call each: `x_with_http_info` returns an `ApiResponse`, `x` its `.data`, and
`x_without_preload_content` the unread urllib3 response. Every variant takes the per-call options
of `RequestOptions` and validates its arguments before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import urllib3
from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client.api_client import ApiClient, Operation, Parameter, RequestOptions, validated
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.paging import PageStyle, pages

GET_CLUSTER_ANALYTICS = Operation(
    method="POST",
    path="/api/analytics/search/cluster",
    responses=lambda: {"200": models.ClusterAnalyticsResponse, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    read_only=True,
    name="get_cluster_analytics",
)
GET_CTR_ANALYTICS = Operation(
    method="POST",
    path="/api/analytics/ctr",
    responses=lambda: {"200": models.CTRAnalyticsResponse, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    read_only=True,
    name="get_ctr_analytics",
)
GET_RAG_ANALYTICS = Operation(
    method="POST",
    path="/api/analytics/rag",
    responses=lambda: {"200": models.RAGAnalyticsResponse, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    read_only=True,
    name="get_rag_analytics",
)
GET_RECOMMENDATION_ANALYTICS = Operation(
    method="POST",
    path="/api/analytics/recommendations",
    responses=lambda: {
        "200": models.RecommendationAnalyticsResponse,
        "400": models.ErrorResponseBody,
    },
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    read_only=True,
    name="get_recommendation_analytics",
)
GET_SEARCH_ANALYTICS = Operation(
    method="POST",
    path="/api/analytics/search",
    responses=lambda: {"200": models.SearchAnalyticsResponse, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    read_only=True,
    name="get_search_analytics",
)
GET_TOP_DATASETS = Operation(
    method="POST",
    path="/api/analytics/top",
    responses=lambda: {"200": list[models.TopDatasetsResponse], "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    read_only=True,
    name="get_top_datasets",
)
SEND_CTR_DATA = Operation(
    method="PUT",
    path="/api/analytics/ctr",
    responses=lambda: {"204": None, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    deprecated=True,
    not_idempotent=True,
    name="send_ctr_data",
)
SEND_EVENT_DATA = Operation(
    method="PUT",
    path="/api/analytics/events",
    responses=lambda: {"204": None, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    not_idempotent=True,
    name="send_event_data",
)
SET_QUERY_RATING = Operation(
    method="PUT",
    path="/api/analytics/search",
    responses=lambda: {"204": None, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    name="set_query_rating",
)


class AnalyticsApi:
    """Analytics endpoint. Used to get information for search and RAG analytics"""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client

    @validated
    def get_cluster_analytics(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        cluster_analytics: Annotated[
            models.ClusterAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> models.ClusterAnalyticsResponse:
        """Get Cluster Analytics

        This route allows you to view the cluster analytics for a dataset.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.ClusterAnalyticsResponse] = self.api_client.execute(
            GET_CLUSTER_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=cluster_analytics
        )
        return response.data

    @validated
    def get_cluster_analytics_with_http_info(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        cluster_analytics: Annotated[
            models.ClusterAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.ClusterAnalyticsResponse]:
        """Get Cluster Analytics, returning status, headers and data."""
        return self.api_client.execute(
            GET_CLUSTER_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=cluster_analytics
        )

    @validated
    def get_cluster_analytics_without_preload_content(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        cluster_analytics: Annotated[
            models.ClusterAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get Cluster Analytics, returning the unread response."""
        return self.api_client.send(
            GET_CLUSTER_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=cluster_analytics
        ).response

    def get_cluster_analytics_pages(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        cluster_analytics: Annotated[
            models.ClusterAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Get Cluster Analytics, page after page: yields the items, fetching each page when the one
        before is used up (see docs/Paging.md)."""
        return pages(
            self.get_cluster_analytics,
            PageStyle("page", "page", "body"),
            {"tr_dataset": tr_dataset, "cluster_analytics": cluster_analytics, **options},
            "cluster_analytics",
        )

    @validated
    def get_ctr_analytics(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        ctr_analytics: Annotated[
            models.CTRAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> models.CTRAnalyticsResponse:
        """Get CTR Analytics

        This route allows you to view the CTR analytics for a dataset.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.CTRAnalyticsResponse] = self.api_client.execute(
            GET_CTR_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=ctr_analytics
        )
        return response.data

    @validated
    def get_ctr_analytics_with_http_info(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        ctr_analytics: Annotated[
            models.CTRAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.CTRAnalyticsResponse]:
        """Get CTR Analytics, returning status, headers and data."""
        return self.api_client.execute(
            GET_CTR_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=ctr_analytics
        )

    @validated
    def get_ctr_analytics_without_preload_content(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        ctr_analytics: Annotated[
            models.CTRAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get CTR Analytics, returning the unread response."""
        return self.api_client.send(
            GET_CTR_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=ctr_analytics
        ).response

    def get_ctr_analytics_pages(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        ctr_analytics: Annotated[
            models.CTRAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Get CTR Analytics, page after page: yields the items, fetching each page when the one
        before is used up (see docs/Paging.md)."""
        return pages(
            self.get_ctr_analytics,
            PageStyle("page", "page", "body"),
            {"tr_dataset": tr_dataset, "ctr_analytics": ctr_analytics, **options},
            "ctr_analytics",
        )

    @validated
    def get_rag_analytics(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        rag_analytics: Annotated[
            models.RAGAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> models.RAGAnalyticsResponse:
        """Get RAG Analytics

        This route allows you to view the RAG analytics for a dataset.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.RAGAnalyticsResponse] = self.api_client.execute(
            GET_RAG_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=rag_analytics
        )
        return response.data

    @validated
    def get_rag_analytics_with_http_info(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        rag_analytics: Annotated[
            models.RAGAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.RAGAnalyticsResponse]:
        """Get RAG Analytics, returning status, headers and data."""
        return self.api_client.execute(
            GET_RAG_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=rag_analytics
        )

    @validated
    def get_rag_analytics_without_preload_content(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        rag_analytics: Annotated[
            models.RAGAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get RAG Analytics, returning the unread response."""
        return self.api_client.send(
            GET_RAG_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=rag_analytics
        ).response

    def get_rag_analytics_pages(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        rag_analytics: Annotated[
            models.RAGAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Get RAG Analytics, page after page: yields the items, fetching each page when the one
        before is used up (see docs/Paging.md)."""
        return pages(
            self.get_rag_analytics,
            PageStyle("page", "page", "body"),
            {"tr_dataset": tr_dataset, "rag_analytics": rag_analytics, **options},
            "rag_analytics",
        )

    @validated
    def get_recommendation_analytics(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        recommendation_analytics: Annotated[
            models.RecommendationAnalytics,
            Field(description="JSON request payload to filter the graph"),
        ],
        **options: Unpack[RequestOptions],
    ) -> models.RecommendationAnalyticsResponse:
        """Get Recommendation Analytics

        This route allows you to view the recommendation analytics for a dataset.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.RecommendationAnalyticsResponse] = self.api_client.execute(
            GET_RECOMMENDATION_ANALYTICS,
            options,
            {"tr_dataset": tr_dataset},
            body=recommendation_analytics,
        )
        return response.data

    @validated
    def get_recommendation_analytics_with_http_info(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        recommendation_analytics: Annotated[
            models.RecommendationAnalytics,
            Field(description="JSON request payload to filter the graph"),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.RecommendationAnalyticsResponse]:
        """Get Recommendation Analytics, returning status, headers and data."""
        return self.api_client.execute(
            GET_RECOMMENDATION_ANALYTICS,
            options,
            {"tr_dataset": tr_dataset},
            body=recommendation_analytics,
        )

    @validated
    def get_recommendation_analytics_without_preload_content(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        recommendation_analytics: Annotated[
            models.RecommendationAnalytics,
            Field(description="JSON request payload to filter the graph"),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get Recommendation Analytics, returning the unread response."""
        return self.api_client.send(
            GET_RECOMMENDATION_ANALYTICS,
            options,
            {"tr_dataset": tr_dataset},
            body=recommendation_analytics,
        ).response

    def get_recommendation_analytics_pages(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        recommendation_analytics: Annotated[
            models.RecommendationAnalytics,
            Field(description="JSON request payload to filter the graph"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Get Recommendation Analytics, page after page: yields the items, fetching each page when the one
        before is used up (see docs/Paging.md)."""
        return pages(
            self.get_recommendation_analytics,
            PageStyle("page", "page", "body"),
            {
                "tr_dataset": tr_dataset,
                "recommendation_analytics": recommendation_analytics,
                **options,
            },
            "recommendation_analytics",
        )

    @validated
    def get_search_analytics(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        search_analytics: Annotated[
            models.SearchAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> models.SearchAnalyticsResponse:
        """Get Search Analytics

        This route allows you to view the search analytics for a dataset.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.SearchAnalyticsResponse] = self.api_client.execute(
            GET_SEARCH_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=search_analytics
        )
        return response.data

    @validated
    def get_search_analytics_with_http_info(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        search_analytics: Annotated[
            models.SearchAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.SearchAnalyticsResponse]:
        """Get Search Analytics, returning status, headers and data."""
        return self.api_client.execute(
            GET_SEARCH_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=search_analytics
        )

    @validated
    def get_search_analytics_without_preload_content(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        search_analytics: Annotated[
            models.SearchAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get Search Analytics, returning the unread response."""
        return self.api_client.send(
            GET_SEARCH_ANALYTICS, options, {"tr_dataset": tr_dataset}, body=search_analytics
        ).response

    def get_search_analytics_pages(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        search_analytics: Annotated[
            models.SearchAnalytics, Field(description="JSON request payload to filter the graph")
        ],
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Get Search Analytics, page after page: yields the items, fetching each page when the one
        before is used up (see docs/Paging.md)."""
        return pages(
            self.get_search_analytics,
            PageStyle("page", "page", "body"),
            {"tr_dataset": tr_dataset, "search_analytics": search_analytics, **options},
            "search_analytics",
        )

    @validated
    def get_top_datasets(
        self,
        get_top_datasets_request_body: Annotated[
            models.GetTopDatasetsRequestBody,
            Field(description="JSON request payload to filter the top datasets"),
        ],
        **options: Unpack[RequestOptions],
    ) -> list[models.TopDatasetsResponse]:
        """Get Top Datasets

        This route allows you to view the top datasets for a given type.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[list[models.TopDatasetsResponse]] = self.api_client.execute(
            GET_TOP_DATASETS, options, body=get_top_datasets_request_body
        )
        return response.data

    @validated
    def get_top_datasets_with_http_info(
        self,
        get_top_datasets_request_body: Annotated[
            models.GetTopDatasetsRequestBody,
            Field(description="JSON request payload to filter the top datasets"),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[list[models.TopDatasetsResponse]]:
        """Get Top Datasets, returning status, headers and data."""
        return self.api_client.execute(
            GET_TOP_DATASETS, options, body=get_top_datasets_request_body
        )

    @validated
    def get_top_datasets_without_preload_content(
        self,
        get_top_datasets_request_body: Annotated[
            models.GetTopDatasetsRequestBody,
            Field(description="JSON request payload to filter the top datasets"),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get Top Datasets, returning the unread response."""
        return self.api_client.send(
            GET_TOP_DATASETS, options, body=get_top_datasets_request_body
        ).response

    @validated
    def send_ctr_data(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        ctr_data_request_body: Annotated[
            models.CTRDataRequestBody, Field(description="JSON request payload to send CTR data")
        ],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send CTR Data

        This route allows you to send CTR data to the system.


        Deprecated: calling it warns with a `DeprecationWarning`.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            SEND_CTR_DATA, options, {"tr_dataset": tr_dataset}, body=ctr_data_request_body
        )
        return response.data

    @validated
    def send_ctr_data_with_http_info(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        ctr_data_request_body: Annotated[
            models.CTRDataRequestBody, Field(description="JSON request payload to send CTR data")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Send CTR Data, returning status, headers and data."""
        return self.api_client.execute(
            SEND_CTR_DATA, options, {"tr_dataset": tr_dataset}, body=ctr_data_request_body
        )

    @validated
    def send_ctr_data_without_preload_content(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        ctr_data_request_body: Annotated[
            models.CTRDataRequestBody, Field(description="JSON request payload to send CTR data")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Send CTR Data, returning the unread response."""
        return self.api_client.send(
            SEND_CTR_DATA, options, {"tr_dataset": tr_dataset}, body=ctr_data_request_body
        ).response

    @validated
    def send_event_data(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        event_types: Annotated[
            models.EventTypes, Field(description="JSON request payload to send event data")
        ],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Send Event Data

        This route allows you to send event data to the system.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            SEND_EVENT_DATA, options, {"tr_dataset": tr_dataset}, body=event_types
        )
        return response.data

    @validated
    def send_event_data_with_http_info(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        event_types: Annotated[
            models.EventTypes, Field(description="JSON request payload to send event data")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Send Event Data, returning status, headers and data."""
        return self.api_client.execute(
            SEND_EVENT_DATA, options, {"tr_dataset": tr_dataset}, body=event_types
        )

    @validated
    def send_event_data_without_preload_content(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        event_types: Annotated[
            models.EventTypes, Field(description="JSON request payload to send event data")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Send Event Data, returning the unread response."""
        return self.api_client.send(
            SEND_EVENT_DATA, options, {"tr_dataset": tr_dataset}, body=event_types
        ).response

    @validated
    def set_query_rating(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        rate_query_request: Annotated[
            models.RateQueryRequest, Field(description="JSON request payload to rate a query")
        ],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Rate Query

        This route allows you to Rate a query.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            SET_QUERY_RATING, options, {"tr_dataset": tr_dataset}, body=rate_query_request
        )
        return response.data

    @validated
    def set_query_rating_with_http_info(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        rate_query_request: Annotated[
            models.RateQueryRequest, Field(description="JSON request payload to rate a query")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Rate Query, returning status, headers and data."""
        return self.api_client.execute(
            SET_QUERY_RATING, options, {"tr_dataset": tr_dataset}, body=rate_query_request
        )

    @validated
    def set_query_rating_without_preload_content(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        rate_query_request: Annotated[
            models.RateQueryRequest, Field(description="JSON request payload to rate a query")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Rate Query, returning the unread response."""
        return self.api_client.send(
            SET_QUERY_RATING, options, {"tr_dataset": tr_dataset}, body=rate_query_request
        ).response
