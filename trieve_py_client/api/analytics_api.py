"""AnalyticsApi: the operations of the `Analytics` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.paging import PageStyle


class AnalyticsApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Analytics endpoint. Used to get information for search and RAG analytics"""

    @operation(
        "POST /api/analytics/search/cluster",
        lambda: {"200": models.ClusterAnalyticsResponse, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
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
        return Call((options, {"tr_dataset": tr_dataset}, cluster_analytics))

    get_cluster_analytics_with_http_info = get_cluster_analytics.with_http_info
    get_cluster_analytics_without_preload_content = get_cluster_analytics.without_preload_content
    get_cluster_analytics_pages = get_cluster_analytics.paged(PageStyle("page", "page", "body"))

    @operation(
        "POST /api/analytics/ctr",
        lambda: {"200": models.CTRAnalyticsResponse, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
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
        return Call((options, {"tr_dataset": tr_dataset}, ctr_analytics))

    get_ctr_analytics_with_http_info = get_ctr_analytics.with_http_info
    get_ctr_analytics_without_preload_content = get_ctr_analytics.without_preload_content
    get_ctr_analytics_pages = get_ctr_analytics.paged(PageStyle("page", "page", "body"))

    @operation(
        "POST /api/analytics/rag",
        lambda: {"200": models.RAGAnalyticsResponse, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
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
        return Call((options, {"tr_dataset": tr_dataset}, rag_analytics))

    get_rag_analytics_with_http_info = get_rag_analytics.with_http_info
    get_rag_analytics_without_preload_content = get_rag_analytics.without_preload_content
    get_rag_analytics_pages = get_rag_analytics.paged(PageStyle("page", "page", "body"))

    @operation(
        "POST /api/analytics/recommendations",
        lambda: {"200": models.RecommendationAnalyticsResponse, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
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
        return Call((options, {"tr_dataset": tr_dataset}, recommendation_analytics))

    get_recommendation_analytics_with_http_info = get_recommendation_analytics.with_http_info
    get_recommendation_analytics_without_preload_content = (
        get_recommendation_analytics.without_preload_content
    )
    get_recommendation_analytics_pages = get_recommendation_analytics.paged(
        PageStyle("page", "page", "body")
    )

    @operation(
        "POST /api/analytics/search",
        lambda: {"200": models.SearchAnalyticsResponse, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
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
        return Call((options, {"tr_dataset": tr_dataset}, search_analytics))

    get_search_analytics_with_http_info = get_search_analytics.with_http_info
    get_search_analytics_without_preload_content = get_search_analytics.without_preload_content
    get_search_analytics_pages = get_search_analytics.paged(PageStyle("page", "page", "body"))

    @operation(
        "POST /api/analytics/top",
        lambda: {"200": list[models.TopDatasetsResponse], "400": models.ErrorResponseBody},
        read_only=True,
    )
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
        return Call((options, None, get_top_datasets_request_body))

    get_top_datasets_with_http_info = get_top_datasets.with_http_info
    get_top_datasets_without_preload_content = get_top_datasets.without_preload_content

    @operation(
        "PUT /api/analytics/ctr",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        deprecated=True,
        not_idempotent=True,
    )
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
        return Call((options, {"tr_dataset": tr_dataset}, ctr_data_request_body))

    send_ctr_data_with_http_info = send_ctr_data.with_http_info
    send_ctr_data_without_preload_content = send_ctr_data.without_preload_content

    @operation(
        "PUT /api/analytics/events",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        not_idempotent=True,
    )
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
        return Call((options, {"tr_dataset": tr_dataset}, event_types))

    send_event_data_with_http_info = send_event_data.with_http_info
    send_event_data_without_preload_content = send_event_data.without_preload_content

    @operation(
        "PUT /api/analytics/search",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
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
        return Call((options, {"tr_dataset": tr_dataset}, rate_query_request))

    set_query_rating_with_http_info = set_query_rating.with_http_info
    set_query_rating_without_preload_content = set_query_rating.without_preload_content
