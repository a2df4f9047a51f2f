"""AnalyticsApi: the operations of the `Analytics` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes, and one method that
gathers a call of it; `variants` makes its three variants from that method: `x_with_http_info`
returns an `ApiResponse`, `x` its `.data`, and `x_without_preload_content` the unread urllib3
response. Every variant takes the per-call options of `RequestOptions` and validates its
arguments before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, variants
from trieve_py_client.api_client import Operation, Parameter, RequestOptions
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.paging import PageStyle, pages

GET_CLUSTER_ANALYTICS = Operation(
    method="POST",
    path="/api/analytics/search/cluster",
    responses=lambda: {"200": models.ClusterAnalyticsResponse, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
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
    params=(Parameter("tr_dataset", "header", "TR-Dataset"),),
    name="set_query_rating",
)


class AnalyticsApi(ApiBase):
    """Analytics endpoint. Used to get information for search and RAG analytics"""

    _security_schemes = (
        ("ApiKey", "Authorization"),
        ("X-API-KEY", "X-API-KEY"),
    )

    @variants
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
    ) -> Call[ApiResponse[models.ClusterAnalyticsResponse]]:
        """Get Cluster Analytics

        This route allows you to view the cluster analytics for a dataset.
        """
        return Call((GET_CLUSTER_ANALYTICS, options, {"tr_dataset": tr_dataset}, cluster_analytics))

    get_cluster_analytics_with_http_info = get_cluster_analytics.with_http_info
    get_cluster_analytics_without_preload_content = get_cluster_analytics.without_preload_content

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

    @variants
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
    ) -> Call[ApiResponse[models.CTRAnalyticsResponse]]:
        """Get CTR Analytics

        This route allows you to view the CTR analytics for a dataset.
        """
        return Call((GET_CTR_ANALYTICS, options, {"tr_dataset": tr_dataset}, ctr_analytics))

    get_ctr_analytics_with_http_info = get_ctr_analytics.with_http_info
    get_ctr_analytics_without_preload_content = get_ctr_analytics.without_preload_content

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

    @variants
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
    ) -> Call[ApiResponse[models.RAGAnalyticsResponse]]:
        """Get RAG Analytics

        This route allows you to view the RAG analytics for a dataset.
        """
        return Call((GET_RAG_ANALYTICS, options, {"tr_dataset": tr_dataset}, rag_analytics))

    get_rag_analytics_with_http_info = get_rag_analytics.with_http_info
    get_rag_analytics_without_preload_content = get_rag_analytics.without_preload_content

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

    @variants
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
    ) -> Call[ApiResponse[models.RecommendationAnalyticsResponse]]:
        """Get Recommendation Analytics

        This route allows you to view the recommendation analytics for a dataset.
        """
        return Call(
            (
                GET_RECOMMENDATION_ANALYTICS,
                options,
                {"tr_dataset": tr_dataset},
                recommendation_analytics,
            )
        )

    get_recommendation_analytics_with_http_info = get_recommendation_analytics.with_http_info
    get_recommendation_analytics_without_preload_content = (
        get_recommendation_analytics.without_preload_content
    )

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

    @variants
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
    ) -> Call[ApiResponse[models.SearchAnalyticsResponse]]:
        """Get Search Analytics

        This route allows you to view the search analytics for a dataset.
        """
        return Call((GET_SEARCH_ANALYTICS, options, {"tr_dataset": tr_dataset}, search_analytics))

    get_search_analytics_with_http_info = get_search_analytics.with_http_info
    get_search_analytics_without_preload_content = get_search_analytics.without_preload_content

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

    @variants
    def get_top_datasets(
        self,
        get_top_datasets_request_body: Annotated[
            models.GetTopDatasetsRequestBody,
            Field(description="JSON request payload to filter the top datasets"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.TopDatasetsResponse]]]:
        """Get Top Datasets

        This route allows you to view the top datasets for a given type.
        """
        return Call((GET_TOP_DATASETS, options, None, get_top_datasets_request_body))

    get_top_datasets_with_http_info = get_top_datasets.with_http_info
    get_top_datasets_without_preload_content = get_top_datasets.without_preload_content

    @variants
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
    ) -> Call[ApiResponse[None]]:
        """Send CTR Data

        This route allows you to send CTR data to the system.


        Deprecated: calling it warns with a `DeprecationWarning`.
        """
        return Call((SEND_CTR_DATA, options, {"tr_dataset": tr_dataset}, ctr_data_request_body))

    send_ctr_data_with_http_info = send_ctr_data.with_http_info
    send_ctr_data_without_preload_content = send_ctr_data.without_preload_content

    @variants
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
    ) -> Call[ApiResponse[None]]:
        """Send Event Data

        This route allows you to send event data to the system.
        """
        return Call((SEND_EVENT_DATA, options, {"tr_dataset": tr_dataset}, event_types))

    send_event_data_with_http_info = send_event_data.with_http_info
    send_event_data_without_preload_content = send_event_data.without_preload_content

    @variants
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
    ) -> Call[ApiResponse[None]]:
        """Rate Query

        This route allows you to Rate a query.
        """
        return Call((SET_QUERY_RATING, options, {"tr_dataset": tr_dataset}, rate_query_request))

    set_query_rating_with_http_info = set_query_rating.with_http_info
    set_query_rating_without_preload_content = set_query_rating.without_preload_content
