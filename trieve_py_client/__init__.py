"""trieve_py_client: a Python SDK for Trieve API (version 0.11.8 of its API).

Generated from openapi.json. The operations (`api/`) and models (`models/`) are generated; the
client they run on (configuration, transport, errors) is the hand-written core of
`trieve_py_client`. trieve_py_client's README describes both.

The public names load on first use, so importing the package costs almost nothing and a script
pays only for what it touches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trieve_py_client._lazy import loader

__version__ = "1.0.0"

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
    from trieve_py_client.api_client import ApiClient
    from trieve_py_client.api_response import ApiResponse
    from trieve_py_client.configuration import Configuration
    from trieve_py_client.exceptions import (
        ApiAttributeError,
        ApiConnectionError,
        ApiException,
        ApiKeyError,
        ApiProxyError,
        ApiResponseError,
        ApiTimeoutError,
        ApiTLSError,
        ApiTransportError,
        ApiTypeError,
        ApiValueError,
        BadRequestException,
        ConflictException,
        ForbiddenException,
        NotFoundException,
        OpenApiException,
        PayloadTooLargeException,
        ServiceException,
        TooManyRequestsException,
        UnauthorizedException,
        UnprocessableEntityException,
        UpgradeRequiredException,
    )
    from trieve_py_client.models.add_chunk_to_group_req_payload import AddChunkToGroupReqPayload
    from trieve_py_client.models.api_key_resp_body import ApiKeyRespBody
    from trieve_py_client.models.api_version import APIVersion
    from trieve_py_client.models.auth_query import AuthQuery
    from trieve_py_client.models.autocomplete_req_payload import AutocompleteReqPayload
    from trieve_py_client.models.batch_queued_chunk_response import BatchQueuedChunkResponse
    from trieve_py_client.models.chat_message_proxy import ChatMessageProxy
    from trieve_py_client.models.chunk_filter import ChunkFilter
    from trieve_py_client.models.chunk_group import ChunkGroup
    from trieve_py_client.models.chunk_group_and_file_id import ChunkGroupAndFileId
    from trieve_py_client.models.chunk_metadata import ChunkMetadata
    from trieve_py_client.models.chunk_metadata_string_tag_set import ChunkMetadataStringTagSet
    from trieve_py_client.models.chunk_metadata_types import ChunkMetadataTypes
    from trieve_py_client.models.chunk_metadata_with_score import ChunkMetadataWithScore
    from trieve_py_client.models.chunk_req_payload import ChunkReqPayload
    from trieve_py_client.models.chunk_return_types import ChunkReturnTypes
    from trieve_py_client.models.chunks_with_positions import ChunksWithPositions
    from trieve_py_client.models.cluster_analytics import ClusterAnalytics
    from trieve_py_client.models.cluster_analytics_filter import ClusterAnalyticsFilter
    from trieve_py_client.models.cluster_analytics_response import ClusterAnalyticsResponse
    from trieve_py_client.models.cluster_queries import ClusterQueries
    from trieve_py_client.models.cluster_topics import ClusterTopics
    from trieve_py_client.models.condition_type import ConditionType
    from trieve_py_client.models.content_chunk_metadata import ContentChunkMetadata
    from trieve_py_client.models.count_chunk_query_response_body import CountChunkQueryResponseBody
    from trieve_py_client.models.count_chunks_req_payload import CountChunksReqPayload
    from trieve_py_client.models.count_queries import CountQueries
    from trieve_py_client.models.count_search_method import CountSearchMethod
    from trieve_py_client.models.create_chunk_group_req_payload_enum import (
        CreateChunkGroupReqPayloadEnum,
    )
    from trieve_py_client.models.create_chunk_group_response_enum import (
        CreateChunkGroupResponseEnum,
    )
    from trieve_py_client.models.create_chunk_req_payload_enum import CreateChunkReqPayloadEnum
    from trieve_py_client.models.create_dataset_request import CreateDatasetRequest
    from trieve_py_client.models.create_message_req_payload import CreateMessageReqPayload
    from trieve_py_client.models.create_organization_req_payload import CreateOrganizationReqPayload
    from trieve_py_client.models.create_setup_checkout_session_res_payload import (
        CreateSetupCheckoutSessionResPayload,
    )
    from trieve_py_client.models.create_single_chunk_group_req_payload import (
        CreateSingleChunkGroupReqPayload,
    )
    from trieve_py_client.models.create_topic_req_payload import CreateTopicReqPayload
    from trieve_py_client.models.ctr_analytics import CTRAnalytics
    from trieve_py_client.models.ctr_analytics_response import CTRAnalyticsResponse
    from trieve_py_client.models.ctr_data_request_body import CTRDataRequestBody
    from trieve_py_client.models.ctr_recommendations_with_clicks_response import (
        CTRRecommendationsWithClicksResponse,
    )
    from trieve_py_client.models.ctr_recommendations_without_clicks_response import (
        CTRRecommendationsWithoutClicksResponse,
    )
    from trieve_py_client.models.ctr_search_query_with_clicks_response import (
        CTRSearchQueryWithClicksResponse,
    )
    from trieve_py_client.models.ctr_search_query_without_clicks_response import (
        CTRSearchQueryWithoutClicksResponse,
    )
    from trieve_py_client.models.ctr_type import CTRType
    from trieve_py_client.models.dataset import Dataset
    from trieve_py_client.models.dataset_analytics import DatasetAnalytics
    from trieve_py_client.models.dataset_and_usage import DatasetAndUsage
    from trieve_py_client.models.dataset_configuration_dto import DatasetConfigurationDTO
    from trieve_py_client.models.dataset_dto import DatasetDTO
    from trieve_py_client.models.dataset_usage_count import DatasetUsageCount
    from trieve_py_client.models.date_range import DateRange
    from trieve_py_client.models.delete_topic_data import DeleteTopicData
    from trieve_py_client.models.delete_user_api_key_request import DeleteUserApiKeyRequest
    from trieve_py_client.models.deprecated_search_over_groups_response_body import (
        DeprecatedSearchOverGroupsResponseBody,
    )
    from trieve_py_client.models.distance_metric import DistanceMetric
    from trieve_py_client.models.edit_message_req_payload import EditMessageReqPayload
    from trieve_py_client.models.error_response_body import ErrorResponseBody
    from trieve_py_client.models.event_return import EventReturn
    from trieve_py_client.models.event_type_request import EventTypeRequest
    from trieve_py_client.models.event_types import EventTypes
    from trieve_py_client.models.event_types_one_of import EventTypesOneOf
    from trieve_py_client.models.event_types_one_of1 import EventTypesOneOf1
    from trieve_py_client.models.event_types_one_of2 import EventTypesOneOf2
    from trieve_py_client.models.event_types_one_of3 import EventTypesOneOf3
    from trieve_py_client.models.event_types_one_of4 import EventTypesOneOf4
    from trieve_py_client.models.field_condition import FieldCondition
    from trieve_py_client.models.file import File
    from trieve_py_client.models.file_dto import FileDTO
    from trieve_py_client.models.full_text_boost import FullTextBoost
    from trieve_py_client.models.generate_off_chunks_req_payload import GenerateOffChunksReqPayload
    from trieve_py_client.models.geo_info import GeoInfo
    from trieve_py_client.models.geo_info_with_bias import GeoInfoWithBias
    from trieve_py_client.models.geo_types import GeoTypes
    from trieve_py_client.models.get_all_tags_req_payload import GetAllTagsReqPayload
    from trieve_py_client.models.get_all_tags_response import GetAllTagsResponse
    from trieve_py_client.models.get_chunks_data import GetChunksData
    from trieve_py_client.models.get_chunks_in_group_response import GetChunksInGroupResponse
    from trieve_py_client.models.get_chunks_in_groups_response_body import (
        GetChunksInGroupsResponseBody,
    )
    from trieve_py_client.models.get_datasets_pagination import GetDatasetsPagination
    from trieve_py_client.models.get_events_data import GetEventsData
    from trieve_py_client.models.get_groups_for_chunks_req_payload import (
        GetGroupsForChunksReqPayload,
    )
    from trieve_py_client.models.get_top_datasets_request_body import GetTopDatasetsRequestBody
    from trieve_py_client.models.get_tracking_chunks_data import GetTrackingChunksData
    from trieve_py_client.models.granularity import Granularity
    from trieve_py_client.models.group_data import GroupData
    from trieve_py_client.models.group_score_chunk import GroupScoreChunk
    from trieve_py_client.models.groups_bookmark_query_result import GroupsBookmarkQueryResult
    from trieve_py_client.models.groups_for_chunk import GroupsForChunk
    from trieve_py_client.models.has_id_condition import HasIDCondition
    from trieve_py_client.models.head_queries import HeadQueries
    from trieve_py_client.models.head_queries1 import HeadQueries1
    from trieve_py_client.models.head_query_response import HeadQueryResponse
    from trieve_py_client.models.highlight_options import HighlightOptions
    from trieve_py_client.models.highlight_strategy import HighlightStrategy
    from trieve_py_client.models.invitation_data import InvitationData
    from trieve_py_client.models.latency_graph import LatencyGraph
    from trieve_py_client.models.latency_graph_response import LatencyGraphResponse
    from trieve_py_client.models.llm_options import LLMOptions
    from trieve_py_client.models.location_bounding_box import LocationBoundingBox
    from trieve_py_client.models.location_polygon import LocationPolygon
    from trieve_py_client.models.location_radius import LocationRadius
    from trieve_py_client.models.low_confidence_queries import LowConfidenceQueries
    from trieve_py_client.models.low_confidence_recommendations import LowConfidenceRecommendations
    from trieve_py_client.models.match_condition import MatchCondition
    from trieve_py_client.models.message import Message
    from trieve_py_client.models.multi_query import MultiQuery
    from trieve_py_client.models.new_chunk_metadata_types import NewChunkMetadataTypes
    from trieve_py_client.models.no_result_queries import NoResultQueries
    from trieve_py_client.models.organization import Organization
    from trieve_py_client.models.organization_usage_count import OrganizationUsageCount
    from trieve_py_client.models.popular_filters import PopularFilters
    from trieve_py_client.models.popular_filters1 import PopularFilters1
    from trieve_py_client.models.popular_filters_response import PopularFiltersResponse
    from trieve_py_client.models.qdrant_sort_by import QdrantSortBy
    from trieve_py_client.models.query_count_response import QueryCountResponse
    from trieve_py_client.models.query_details import QueryDetails
    from trieve_py_client.models.query_types import QueryTypes
    from trieve_py_client.models.rag_analytics import RAGAnalytics
    from trieve_py_client.models.rag_analytics_filter import RAGAnalyticsFilter
    from trieve_py_client.models.rag_analytics_response import RAGAnalyticsResponse
    from trieve_py_client.models.rag_queries import RAGQueries
    from trieve_py_client.models.rag_query_event import RagQueryEvent
    from trieve_py_client.models.rag_query_response import RagQueryResponse
    from trieve_py_client.models.rag_sort_by import RAGSortBy
    from trieve_py_client.models.rag_types import RagTypes
    from trieve_py_client.models.rag_usage import RAGUsage
    from trieve_py_client.models.rag_usage_graph import RAGUsageGraph
    from trieve_py_client.models.rag_usage_graph_response import RAGUsageGraphResponse
    from trieve_py_client.models.rag_usage_response import RAGUsageResponse
    from trieve_py_client.models.range import Range
    from trieve_py_client.models.range_condition import RangeCondition
    from trieve_py_client.models.rate_query_request import RateQueryRequest
    from trieve_py_client.models.re_rank_options import ReRankOptions
    from trieve_py_client.models.recommend_chunks_request import RecommendChunksRequest
    from trieve_py_client.models.recommend_chunks_response_body import RecommendChunksResponseBody
    from trieve_py_client.models.recommend_groups_req_payload import RecommendGroupsReqPayload
    from trieve_py_client.models.recommend_groups_response import RecommendGroupsResponse
    from trieve_py_client.models.recommend_groups_response_body import RecommendGroupsResponseBody
    from trieve_py_client.models.recommend_response_types import RecommendResponseTypes
    from trieve_py_client.models.recommend_type import RecommendType
    from trieve_py_client.models.recommendation_analytics import RecommendationAnalytics
    from trieve_py_client.models.recommendation_analytics_filter import (
        RecommendationAnalyticsFilter,
    )
    from trieve_py_client.models.recommendation_analytics_response import (
        RecommendationAnalyticsResponse,
    )
    from trieve_py_client.models.recommendation_ctr_metrics import RecommendationCTRMetrics
    from trieve_py_client.models.recommendation_ctr_metrics1 import RecommendationCTRMetrics1
    from trieve_py_client.models.recommendation_event import RecommendationEvent
    from trieve_py_client.models.recommendation_queries import RecommendationQueries
    from trieve_py_client.models.recommendation_strategy import RecommendationStrategy
    from trieve_py_client.models.recommendation_type import RecommendationType
    from trieve_py_client.models.recommendations_event_response import RecommendationsEventResponse
    from trieve_py_client.models.recommendations_with_clicks import RecommendationsWithClicks
    from trieve_py_client.models.recommendations_with_clicks_ctr_response import (
        RecommendationsWithClicksCTRResponse,
    )
    from trieve_py_client.models.recommendations_without_clicks import RecommendationsWithoutClicks
    from trieve_py_client.models.recommendations_without_clicks_ctr_response import (
        RecommendationsWithoutClicksCTRResponse,
    )
    from trieve_py_client.models.regenerate_message_req_payload import RegenerateMessageReqPayload
    from trieve_py_client.models.remove_chunk_from_group_req_payload import (
        RemoveChunkFromGroupReqPayload,
    )
    from trieve_py_client.models.return_queued_chunk import ReturnQueuedChunk
    from trieve_py_client.models.role_proxy import RoleProxy
    from trieve_py_client.models.score_chunk import ScoreChunk
    from trieve_py_client.models.score_chunk_dto import ScoreChunkDTO
    from trieve_py_client.models.scoring_options import ScoringOptions
    from trieve_py_client.models.scroll_chunks_req_payload import ScrollChunksReqPayload
    from trieve_py_client.models.scroll_chunks_response_body import ScrollChunksResponseBody
    from trieve_py_client.models.search_analytics import SearchAnalytics
    from trieve_py_client.models.search_analytics_filter import SearchAnalyticsFilter
    from trieve_py_client.models.search_analytics_response import SearchAnalyticsResponse
    from trieve_py_client.models.search_chunk_query_response_body import (
        SearchChunkQueryResponseBody,
    )
    from trieve_py_client.models.search_chunks_req_payload import SearchChunksReqPayload
    from trieve_py_client.models.search_cluster_response import SearchClusterResponse
    from trieve_py_client.models.search_cluster_topics import SearchClusterTopics
    from trieve_py_client.models.search_ctr_metrics import SearchCTRMetrics
    from trieve_py_client.models.search_ctr_metrics1 import SearchCTRMetrics1
    from trieve_py_client.models.search_group_response_types import SearchGroupResponseTypes
    from trieve_py_client.models.search_latency_graph import SearchLatencyGraph
    from trieve_py_client.models.search_method import SearchMethod
    from trieve_py_client.models.search_metrics import SearchMetrics
    from trieve_py_client.models.search_over_groups_req_payload import SearchOverGroupsReqPayload
    from trieve_py_client.models.search_over_groups_response_body import (
        SearchOverGroupsResponseBody,
    )
    from trieve_py_client.models.search_over_groups_response_types import (
        SearchOverGroupsResponseTypes,
    )
    from trieve_py_client.models.search_over_groups_results import SearchOverGroupsResults
    from trieve_py_client.models.search_queries import SearchQueries
    from trieve_py_client.models.search_queries_with_clicks_ctr_response import (
        SearchQueriesWithClicksCTRResponse,
    )
    from trieve_py_client.models.search_queries_without_clicks_ctr_response import (
        SearchQueriesWithoutClicksCTRResponse,
    )
    from trieve_py_client.models.search_query_event import SearchQueryEvent
    from trieve_py_client.models.search_query_response import SearchQueryResponse
    from trieve_py_client.models.search_response_body import SearchResponseBody
    from trieve_py_client.models.search_response_types import SearchResponseTypes
    from trieve_py_client.models.search_result_type import SearchResultType
    from trieve_py_client.models.search_sort_by import SearchSortBy
    from trieve_py_client.models.search_type import SearchType
    from trieve_py_client.models.search_type_count import SearchTypeCount
    from trieve_py_client.models.search_usage_graph import SearchUsageGraph
    from trieve_py_client.models.search_usage_graph_response import SearchUsageGraphResponse
    from trieve_py_client.models.search_within_group_req_payload import SearchWithinGroupReqPayload
    from trieve_py_client.models.search_within_group_response_body import (
        SearchWithinGroupResponseBody,
    )
    from trieve_py_client.models.search_within_group_results import SearchWithinGroupResults
    from trieve_py_client.models.searches_with_clicks import SearchesWithClicks
    from trieve_py_client.models.searches_without_clicks import SearchesWithoutClicks
    from trieve_py_client.models.semantic_boost import SemanticBoost
    from trieve_py_client.models.set_user_api_key_request import SetUserApiKeyRequest
    from trieve_py_client.models.set_user_api_key_response import SetUserApiKeyResponse
    from trieve_py_client.models.single_queued_chunk_response import SingleQueuedChunkResponse
    from trieve_py_client.models.slim_chunk_metadata import SlimChunkMetadata
    from trieve_py_client.models.slim_chunk_metadata_with_array_tag_set import (
        SlimChunkMetadataWithArrayTagSet,
    )
    from trieve_py_client.models.slim_chunk_metadata_with_score import SlimChunkMetadataWithScore
    from trieve_py_client.models.slim_user import SlimUser
    from trieve_py_client.models.sort_by_field import SortByField
    from trieve_py_client.models.sort_by_search_type import SortBySearchType
    from trieve_py_client.models.sort_options import SortOptions
    from trieve_py_client.models.sort_order import SortOrder
    from trieve_py_client.models.stripe_invoice import StripeInvoice
    from trieve_py_client.models.stripe_plan import StripePlan
    from trieve_py_client.models.suggest_type import SuggestType
    from trieve_py_client.models.suggested_queries_req_payload import SuggestedQueriesReqPayload
    from trieve_py_client.models.suggested_queries_response import SuggestedQueriesResponse
    from trieve_py_client.models.tags_with_count import TagsWithCount
    from trieve_py_client.models.top_datasets_request_types import TopDatasetsRequestTypes
    from trieve_py_client.models.top_datasets_response import TopDatasetsResponse
    from trieve_py_client.models.topic import Topic
    from trieve_py_client.models.typo_options import TypoOptions
    from trieve_py_client.models.typo_range import TypoRange
    from trieve_py_client.models.update_all_org_dataset_configs_req_payload import (
        UpdateAllOrgDatasetConfigsReqPayload,
    )
    from trieve_py_client.models.update_chunk_by_tracking_id_data import UpdateChunkByTrackingIdData
    from trieve_py_client.models.update_chunk_group_req_payload import UpdateChunkGroupReqPayload
    from trieve_py_client.models.update_chunk_req_payload import UpdateChunkReqPayload
    from trieve_py_client.models.update_dataset_request import UpdateDatasetRequest
    from trieve_py_client.models.update_group_by_tracking_id_req_payload import (
        UpdateGroupByTrackingIDReqPayload,
    )
    from trieve_py_client.models.update_organization_req_payload import UpdateOrganizationReqPayload
    from trieve_py_client.models.update_topic_req_payload import UpdateTopicReqPayload
    from trieve_py_client.models.update_user_org_role_data import UpdateUserOrgRoleData
    from trieve_py_client.models.upload_file_req_payload import UploadFileReqPayload
    from trieve_py_client.models.upload_file_result import UploadFileResult
    from trieve_py_client.models.usage_graph_point import UsageGraphPoint
    from trieve_py_client.models.user_organization import UserOrganization
    from trieve_py_client.models.worker_event import WorkerEvent


__all__ = [
    "APIVersion",
    "AddChunkToGroupReqPayload",
    "AnalyticsApi",
    "ApiAttributeError",
    "ApiClient",
    "ApiConnectionError",
    "ApiException",
    "ApiKeyError",
    "ApiKeyRespBody",
    "ApiProxyError",
    "ApiResponse",
    "ApiResponseError",
    "ApiTLSError",
    "ApiTimeoutError",
    "ApiTransportError",
    "ApiTypeError",
    "ApiValueError",
    "AuthApi",
    "AuthQuery",
    "AutocompleteReqPayload",
    "BadRequestException",
    "BatchQueuedChunkResponse",
    "CTRAnalytics",
    "CTRAnalyticsResponse",
    "CTRDataRequestBody",
    "CTRRecommendationsWithClicksResponse",
    "CTRRecommendationsWithoutClicksResponse",
    "CTRSearchQueryWithClicksResponse",
    "CTRSearchQueryWithoutClicksResponse",
    "CTRType",
    "ChatMessageProxy",
    "ChunkApi",
    "ChunkFilter",
    "ChunkGroup",
    "ChunkGroupAndFileId",
    "ChunkGroupApi",
    "ChunkMetadata",
    "ChunkMetadataStringTagSet",
    "ChunkMetadataTypes",
    "ChunkMetadataWithScore",
    "ChunkReqPayload",
    "ChunkReturnTypes",
    "ChunksWithPositions",
    "ClusterAnalytics",
    "ClusterAnalyticsFilter",
    "ClusterAnalyticsResponse",
    "ClusterQueries",
    "ClusterTopics",
    "ConditionType",
    "Configuration",
    "ConflictException",
    "ContentChunkMetadata",
    "CountChunkQueryResponseBody",
    "CountChunksReqPayload",
    "CountQueries",
    "CountSearchMethod",
    "CreateChunkGroupReqPayloadEnum",
    "CreateChunkGroupResponseEnum",
    "CreateChunkReqPayloadEnum",
    "CreateDatasetRequest",
    "CreateMessageReqPayload",
    "CreateOrganizationReqPayload",
    "CreateSetupCheckoutSessionResPayload",
    "CreateSingleChunkGroupReqPayload",
    "CreateTopicReqPayload",
    "Dataset",
    "DatasetAnalytics",
    "DatasetAndUsage",
    "DatasetApi",
    "DatasetConfigurationDTO",
    "DatasetDTO",
    "DatasetUsageCount",
    "DateRange",
    "DeleteTopicData",
    "DeleteUserApiKeyRequest",
    "DeprecatedSearchOverGroupsResponseBody",
    "DistanceMetric",
    "EditMessageReqPayload",
    "ErrorResponseBody",
    "EventReturn",
    "EventTypeRequest",
    "EventTypes",
    "EventTypesOneOf",
    "EventTypesOneOf1",
    "EventTypesOneOf2",
    "EventTypesOneOf3",
    "EventTypesOneOf4",
    "EventsApi",
    "FieldCondition",
    "File",
    "FileApi",
    "FileDTO",
    "ForbiddenException",
    "FullTextBoost",
    "GenerateOffChunksReqPayload",
    "GeoInfo",
    "GeoInfoWithBias",
    "GeoTypes",
    "GetAllTagsReqPayload",
    "GetAllTagsResponse",
    "GetChunksData",
    "GetChunksInGroupResponse",
    "GetChunksInGroupsResponseBody",
    "GetDatasetsPagination",
    "GetEventsData",
    "GetGroupsForChunksReqPayload",
    "GetTopDatasetsRequestBody",
    "GetTrackingChunksData",
    "Granularity",
    "GroupData",
    "GroupScoreChunk",
    "GroupsBookmarkQueryResult",
    "GroupsForChunk",
    "HasIDCondition",
    "HeadQueries",
    "HeadQueries1",
    "HeadQueryResponse",
    "HealthApi",
    "HighlightOptions",
    "HighlightStrategy",
    "InvitationApi",
    "InvitationData",
    "LLMOptions",
    "LatencyGraph",
    "LatencyGraphResponse",
    "LocationBoundingBox",
    "LocationPolygon",
    "LocationRadius",
    "LowConfidenceQueries",
    "LowConfidenceRecommendations",
    "MatchCondition",
    "Message",
    "MessageApi",
    "MetricsApi",
    "MultiQuery",
    "NewChunkMetadataTypes",
    "NoResultQueries",
    "NotFoundException",
    "OpenApiException",
    "Organization",
    "OrganizationApi",
    "OrganizationUsageCount",
    "PayloadTooLargeException",
    "PopularFilters",
    "PopularFilters1",
    "PopularFiltersResponse",
    "QdrantSortBy",
    "QueryCountResponse",
    "QueryDetails",
    "QueryTypes",
    "RAGAnalytics",
    "RAGAnalyticsFilter",
    "RAGAnalyticsResponse",
    "RAGQueries",
    "RAGSortBy",
    "RAGUsage",
    "RAGUsageGraph",
    "RAGUsageGraphResponse",
    "RAGUsageResponse",
    "RagQueryEvent",
    "RagQueryResponse",
    "RagTypes",
    "Range",
    "RangeCondition",
    "RateQueryRequest",
    "ReRankOptions",
    "RecommendChunksRequest",
    "RecommendChunksResponseBody",
    "RecommendGroupsReqPayload",
    "RecommendGroupsResponse",
    "RecommendGroupsResponseBody",
    "RecommendResponseTypes",
    "RecommendType",
    "RecommendationAnalytics",
    "RecommendationAnalyticsFilter",
    "RecommendationAnalyticsResponse",
    "RecommendationCTRMetrics",
    "RecommendationCTRMetrics1",
    "RecommendationEvent",
    "RecommendationQueries",
    "RecommendationStrategy",
    "RecommendationType",
    "RecommendationsEventResponse",
    "RecommendationsWithClicks",
    "RecommendationsWithClicksCTRResponse",
    "RecommendationsWithoutClicks",
    "RecommendationsWithoutClicksCTRResponse",
    "RegenerateMessageReqPayload",
    "RemoveChunkFromGroupReqPayload",
    "ReturnQueuedChunk",
    "RoleProxy",
    "ScoreChunk",
    "ScoreChunkDTO",
    "ScoringOptions",
    "ScrollChunksReqPayload",
    "ScrollChunksResponseBody",
    "SearchAnalytics",
    "SearchAnalyticsFilter",
    "SearchAnalyticsResponse",
    "SearchCTRMetrics",
    "SearchCTRMetrics1",
    "SearchChunkQueryResponseBody",
    "SearchChunksReqPayload",
    "SearchClusterResponse",
    "SearchClusterTopics",
    "SearchGroupResponseTypes",
    "SearchLatencyGraph",
    "SearchMethod",
    "SearchMetrics",
    "SearchOverGroupsReqPayload",
    "SearchOverGroupsResponseBody",
    "SearchOverGroupsResponseTypes",
    "SearchOverGroupsResults",
    "SearchQueries",
    "SearchQueriesWithClicksCTRResponse",
    "SearchQueriesWithoutClicksCTRResponse",
    "SearchQueryEvent",
    "SearchQueryResponse",
    "SearchResponseBody",
    "SearchResponseTypes",
    "SearchResultType",
    "SearchSortBy",
    "SearchType",
    "SearchTypeCount",
    "SearchUsageGraph",
    "SearchUsageGraphResponse",
    "SearchWithinGroupReqPayload",
    "SearchWithinGroupResponseBody",
    "SearchWithinGroupResults",
    "SearchesWithClicks",
    "SearchesWithoutClicks",
    "SemanticBoost",
    "ServiceException",
    "SetUserApiKeyRequest",
    "SetUserApiKeyResponse",
    "SingleQueuedChunkResponse",
    "SlimChunkMetadata",
    "SlimChunkMetadataWithArrayTagSet",
    "SlimChunkMetadataWithScore",
    "SlimUser",
    "SortByField",
    "SortBySearchType",
    "SortOptions",
    "SortOrder",
    "StripeApi",
    "StripeInvoice",
    "StripePlan",
    "SuggestType",
    "SuggestedQueriesReqPayload",
    "SuggestedQueriesResponse",
    "TagsWithCount",
    "TooManyRequestsException",
    "TopDatasetsRequestTypes",
    "TopDatasetsResponse",
    "Topic",
    "TopicApi",
    "TypoOptions",
    "TypoRange",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "UpdateAllOrgDatasetConfigsReqPayload",
    "UpdateChunkByTrackingIdData",
    "UpdateChunkGroupReqPayload",
    "UpdateChunkReqPayload",
    "UpdateDatasetRequest",
    "UpdateGroupByTrackingIDReqPayload",
    "UpdateOrganizationReqPayload",
    "UpdateTopicReqPayload",
    "UpdateUserOrgRoleData",
    "UpgradeRequiredException",
    "UploadFileReqPayload",
    "UploadFileResult",
    "UsageGraphPoint",
    "UserApi",
    "UserOrganization",
    "WorkerEvent",
    "__version__",
]

# Where each public name lives, and the submodules that generated clients' users reach as
# attributes after a bare import (`trieve_py_client.rest.ApiException`).
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
        "APIVersion": "trieve_py_client.models.api_version",
        "AddChunkToGroupReqPayload": "trieve_py_client.models.add_chunk_to_group_req_payload",
        "ApiKeyRespBody": "trieve_py_client.models.api_key_resp_body",
        "AuthQuery": "trieve_py_client.models.auth_query",
        "AutocompleteReqPayload": "trieve_py_client.models.autocomplete_req_payload",
        "BatchQueuedChunkResponse": "trieve_py_client.models.batch_queued_chunk_response",
        "CTRAnalytics": "trieve_py_client.models.ctr_analytics",
        "CTRAnalyticsResponse": "trieve_py_client.models.ctr_analytics_response",
        "CTRDataRequestBody": "trieve_py_client.models.ctr_data_request_body",
        "CTRRecommendationsWithClicksResponse": "trieve_py_client.models.ctr_recommendations_with_clicks_response",
        "CTRRecommendationsWithoutClicksResponse": "trieve_py_client.models.ctr_recommendations_without_clicks_response",
        "CTRSearchQueryWithClicksResponse": "trieve_py_client.models.ctr_search_query_with_clicks_response",
        "CTRSearchQueryWithoutClicksResponse": "trieve_py_client.models.ctr_search_query_without_clicks_response",
        "CTRType": "trieve_py_client.models.ctr_type",
        "ChatMessageProxy": "trieve_py_client.models.chat_message_proxy",
        "ChunkFilter": "trieve_py_client.models.chunk_filter",
        "ChunkGroup": "trieve_py_client.models.chunk_group",
        "ChunkGroupAndFileId": "trieve_py_client.models.chunk_group_and_file_id",
        "ChunkMetadata": "trieve_py_client.models.chunk_metadata",
        "ChunkMetadataStringTagSet": "trieve_py_client.models.chunk_metadata_string_tag_set",
        "ChunkMetadataTypes": "trieve_py_client.models.chunk_metadata_types",
        "ChunkMetadataWithScore": "trieve_py_client.models.chunk_metadata_with_score",
        "ChunkReqPayload": "trieve_py_client.models.chunk_req_payload",
        "ChunkReturnTypes": "trieve_py_client.models.chunk_return_types",
        "ChunksWithPositions": "trieve_py_client.models.chunks_with_positions",
        "ClusterAnalytics": "trieve_py_client.models.cluster_analytics",
        "ClusterAnalyticsFilter": "trieve_py_client.models.cluster_analytics_filter",
        "ClusterAnalyticsResponse": "trieve_py_client.models.cluster_analytics_response",
        "ClusterQueries": "trieve_py_client.models.cluster_queries",
        "ClusterTopics": "trieve_py_client.models.cluster_topics",
        "ConditionType": "trieve_py_client.models.condition_type",
        "ContentChunkMetadata": "trieve_py_client.models.content_chunk_metadata",
        "CountChunkQueryResponseBody": "trieve_py_client.models.count_chunk_query_response_body",
        "CountChunksReqPayload": "trieve_py_client.models.count_chunks_req_payload",
        "CountQueries": "trieve_py_client.models.count_queries",
        "CountSearchMethod": "trieve_py_client.models.count_search_method",
        "CreateChunkGroupReqPayloadEnum": "trieve_py_client.models.create_chunk_group_req_payload_enum",
        "CreateChunkGroupResponseEnum": "trieve_py_client.models.create_chunk_group_response_enum",
        "CreateChunkReqPayloadEnum": "trieve_py_client.models.create_chunk_req_payload_enum",
        "CreateDatasetRequest": "trieve_py_client.models.create_dataset_request",
        "CreateMessageReqPayload": "trieve_py_client.models.create_message_req_payload",
        "CreateOrganizationReqPayload": "trieve_py_client.models.create_organization_req_payload",
        "CreateSetupCheckoutSessionResPayload": "trieve_py_client.models.create_setup_checkout_session_res_payload",
        "CreateSingleChunkGroupReqPayload": "trieve_py_client.models.create_single_chunk_group_req_payload",
        "CreateTopicReqPayload": "trieve_py_client.models.create_topic_req_payload",
        "Dataset": "trieve_py_client.models.dataset",
        "DatasetAnalytics": "trieve_py_client.models.dataset_analytics",
        "DatasetAndUsage": "trieve_py_client.models.dataset_and_usage",
        "DatasetConfigurationDTO": "trieve_py_client.models.dataset_configuration_dto",
        "DatasetDTO": "trieve_py_client.models.dataset_dto",
        "DatasetUsageCount": "trieve_py_client.models.dataset_usage_count",
        "DateRange": "trieve_py_client.models.date_range",
        "DeleteTopicData": "trieve_py_client.models.delete_topic_data",
        "DeleteUserApiKeyRequest": "trieve_py_client.models.delete_user_api_key_request",
        "DeprecatedSearchOverGroupsResponseBody": "trieve_py_client.models.deprecated_search_over_groups_response_body",
        "DistanceMetric": "trieve_py_client.models.distance_metric",
        "EditMessageReqPayload": "trieve_py_client.models.edit_message_req_payload",
        "ErrorResponseBody": "trieve_py_client.models.error_response_body",
        "EventReturn": "trieve_py_client.models.event_return",
        "EventTypeRequest": "trieve_py_client.models.event_type_request",
        "EventTypes": "trieve_py_client.models.event_types",
        "EventTypesOneOf": "trieve_py_client.models.event_types_one_of",
        "EventTypesOneOf1": "trieve_py_client.models.event_types_one_of1",
        "EventTypesOneOf2": "trieve_py_client.models.event_types_one_of2",
        "EventTypesOneOf3": "trieve_py_client.models.event_types_one_of3",
        "EventTypesOneOf4": "trieve_py_client.models.event_types_one_of4",
        "FieldCondition": "trieve_py_client.models.field_condition",
        "File": "trieve_py_client.models.file",
        "FileDTO": "trieve_py_client.models.file_dto",
        "FullTextBoost": "trieve_py_client.models.full_text_boost",
        "GenerateOffChunksReqPayload": "trieve_py_client.models.generate_off_chunks_req_payload",
        "GeoInfo": "trieve_py_client.models.geo_info",
        "GeoInfoWithBias": "trieve_py_client.models.geo_info_with_bias",
        "GeoTypes": "trieve_py_client.models.geo_types",
        "GetAllTagsReqPayload": "trieve_py_client.models.get_all_tags_req_payload",
        "GetAllTagsResponse": "trieve_py_client.models.get_all_tags_response",
        "GetChunksData": "trieve_py_client.models.get_chunks_data",
        "GetChunksInGroupResponse": "trieve_py_client.models.get_chunks_in_group_response",
        "GetChunksInGroupsResponseBody": "trieve_py_client.models.get_chunks_in_groups_response_body",
        "GetDatasetsPagination": "trieve_py_client.models.get_datasets_pagination",
        "GetEventsData": "trieve_py_client.models.get_events_data",
        "GetGroupsForChunksReqPayload": "trieve_py_client.models.get_groups_for_chunks_req_payload",
        "GetTopDatasetsRequestBody": "trieve_py_client.models.get_top_datasets_request_body",
        "GetTrackingChunksData": "trieve_py_client.models.get_tracking_chunks_data",
        "Granularity": "trieve_py_client.models.granularity",
        "GroupData": "trieve_py_client.models.group_data",
        "GroupScoreChunk": "trieve_py_client.models.group_score_chunk",
        "GroupsBookmarkQueryResult": "trieve_py_client.models.groups_bookmark_query_result",
        "GroupsForChunk": "trieve_py_client.models.groups_for_chunk",
        "HasIDCondition": "trieve_py_client.models.has_id_condition",
        "HeadQueries": "trieve_py_client.models.head_queries",
        "HeadQueries1": "trieve_py_client.models.head_queries1",
        "HeadQueryResponse": "trieve_py_client.models.head_query_response",
        "HighlightOptions": "trieve_py_client.models.highlight_options",
        "HighlightStrategy": "trieve_py_client.models.highlight_strategy",
        "InvitationData": "trieve_py_client.models.invitation_data",
        "LLMOptions": "trieve_py_client.models.llm_options",
        "LatencyGraph": "trieve_py_client.models.latency_graph",
        "LatencyGraphResponse": "trieve_py_client.models.latency_graph_response",
        "LocationBoundingBox": "trieve_py_client.models.location_bounding_box",
        "LocationPolygon": "trieve_py_client.models.location_polygon",
        "LocationRadius": "trieve_py_client.models.location_radius",
        "LowConfidenceQueries": "trieve_py_client.models.low_confidence_queries",
        "LowConfidenceRecommendations": "trieve_py_client.models.low_confidence_recommendations",
        "MatchCondition": "trieve_py_client.models.match_condition",
        "Message": "trieve_py_client.models.message",
        "MultiQuery": "trieve_py_client.models.multi_query",
        "NewChunkMetadataTypes": "trieve_py_client.models.new_chunk_metadata_types",
        "NoResultQueries": "trieve_py_client.models.no_result_queries",
        "Organization": "trieve_py_client.models.organization",
        "OrganizationUsageCount": "trieve_py_client.models.organization_usage_count",
        "PopularFilters": "trieve_py_client.models.popular_filters",
        "PopularFilters1": "trieve_py_client.models.popular_filters1",
        "PopularFiltersResponse": "trieve_py_client.models.popular_filters_response",
        "QdrantSortBy": "trieve_py_client.models.qdrant_sort_by",
        "QueryCountResponse": "trieve_py_client.models.query_count_response",
        "QueryDetails": "trieve_py_client.models.query_details",
        "QueryTypes": "trieve_py_client.models.query_types",
        "RAGAnalytics": "trieve_py_client.models.rag_analytics",
        "RAGAnalyticsFilter": "trieve_py_client.models.rag_analytics_filter",
        "RAGAnalyticsResponse": "trieve_py_client.models.rag_analytics_response",
        "RAGQueries": "trieve_py_client.models.rag_queries",
        "RAGSortBy": "trieve_py_client.models.rag_sort_by",
        "RAGUsage": "trieve_py_client.models.rag_usage",
        "RAGUsageGraph": "trieve_py_client.models.rag_usage_graph",
        "RAGUsageGraphResponse": "trieve_py_client.models.rag_usage_graph_response",
        "RAGUsageResponse": "trieve_py_client.models.rag_usage_response",
        "RagQueryEvent": "trieve_py_client.models.rag_query_event",
        "RagQueryResponse": "trieve_py_client.models.rag_query_response",
        "RagTypes": "trieve_py_client.models.rag_types",
        "Range": "trieve_py_client.models.range",
        "RangeCondition": "trieve_py_client.models.range_condition",
        "RateQueryRequest": "trieve_py_client.models.rate_query_request",
        "ReRankOptions": "trieve_py_client.models.re_rank_options",
        "RecommendChunksRequest": "trieve_py_client.models.recommend_chunks_request",
        "RecommendChunksResponseBody": "trieve_py_client.models.recommend_chunks_response_body",
        "RecommendGroupsReqPayload": "trieve_py_client.models.recommend_groups_req_payload",
        "RecommendGroupsResponse": "trieve_py_client.models.recommend_groups_response",
        "RecommendGroupsResponseBody": "trieve_py_client.models.recommend_groups_response_body",
        "RecommendResponseTypes": "trieve_py_client.models.recommend_response_types",
        "RecommendType": "trieve_py_client.models.recommend_type",
        "RecommendationAnalytics": "trieve_py_client.models.recommendation_analytics",
        "RecommendationAnalyticsFilter": "trieve_py_client.models.recommendation_analytics_filter",
        "RecommendationAnalyticsResponse": "trieve_py_client.models.recommendation_analytics_response",
        "RecommendationCTRMetrics": "trieve_py_client.models.recommendation_ctr_metrics",
        "RecommendationCTRMetrics1": "trieve_py_client.models.recommendation_ctr_metrics1",
        "RecommendationEvent": "trieve_py_client.models.recommendation_event",
        "RecommendationQueries": "trieve_py_client.models.recommendation_queries",
        "RecommendationStrategy": "trieve_py_client.models.recommendation_strategy",
        "RecommendationType": "trieve_py_client.models.recommendation_type",
        "RecommendationsEventResponse": "trieve_py_client.models.recommendations_event_response",
        "RecommendationsWithClicks": "trieve_py_client.models.recommendations_with_clicks",
        "RecommendationsWithClicksCTRResponse": "trieve_py_client.models.recommendations_with_clicks_ctr_response",
        "RecommendationsWithoutClicks": "trieve_py_client.models.recommendations_without_clicks",
        "RecommendationsWithoutClicksCTRResponse": "trieve_py_client.models.recommendations_without_clicks_ctr_response",
        "RegenerateMessageReqPayload": "trieve_py_client.models.regenerate_message_req_payload",
        "RemoveChunkFromGroupReqPayload": "trieve_py_client.models.remove_chunk_from_group_req_payload",
        "ReturnQueuedChunk": "trieve_py_client.models.return_queued_chunk",
        "RoleProxy": "trieve_py_client.models.role_proxy",
        "ScoreChunk": "trieve_py_client.models.score_chunk",
        "ScoreChunkDTO": "trieve_py_client.models.score_chunk_dto",
        "ScoringOptions": "trieve_py_client.models.scoring_options",
        "ScrollChunksReqPayload": "trieve_py_client.models.scroll_chunks_req_payload",
        "ScrollChunksResponseBody": "trieve_py_client.models.scroll_chunks_response_body",
        "SearchAnalytics": "trieve_py_client.models.search_analytics",
        "SearchAnalyticsFilter": "trieve_py_client.models.search_analytics_filter",
        "SearchAnalyticsResponse": "trieve_py_client.models.search_analytics_response",
        "SearchCTRMetrics": "trieve_py_client.models.search_ctr_metrics",
        "SearchCTRMetrics1": "trieve_py_client.models.search_ctr_metrics1",
        "SearchChunkQueryResponseBody": "trieve_py_client.models.search_chunk_query_response_body",
        "SearchChunksReqPayload": "trieve_py_client.models.search_chunks_req_payload",
        "SearchClusterResponse": "trieve_py_client.models.search_cluster_response",
        "SearchClusterTopics": "trieve_py_client.models.search_cluster_topics",
        "SearchGroupResponseTypes": "trieve_py_client.models.search_group_response_types",
        "SearchLatencyGraph": "trieve_py_client.models.search_latency_graph",
        "SearchMethod": "trieve_py_client.models.search_method",
        "SearchMetrics": "trieve_py_client.models.search_metrics",
        "SearchOverGroupsReqPayload": "trieve_py_client.models.search_over_groups_req_payload",
        "SearchOverGroupsResponseBody": "trieve_py_client.models.search_over_groups_response_body",
        "SearchOverGroupsResponseTypes": "trieve_py_client.models.search_over_groups_response_types",
        "SearchOverGroupsResults": "trieve_py_client.models.search_over_groups_results",
        "SearchQueries": "trieve_py_client.models.search_queries",
        "SearchQueriesWithClicksCTRResponse": "trieve_py_client.models.search_queries_with_clicks_ctr_response",
        "SearchQueriesWithoutClicksCTRResponse": "trieve_py_client.models.search_queries_without_clicks_ctr_response",
        "SearchQueryEvent": "trieve_py_client.models.search_query_event",
        "SearchQueryResponse": "trieve_py_client.models.search_query_response",
        "SearchResponseBody": "trieve_py_client.models.search_response_body",
        "SearchResponseTypes": "trieve_py_client.models.search_response_types",
        "SearchResultType": "trieve_py_client.models.search_result_type",
        "SearchSortBy": "trieve_py_client.models.search_sort_by",
        "SearchType": "trieve_py_client.models.search_type",
        "SearchTypeCount": "trieve_py_client.models.search_type_count",
        "SearchUsageGraph": "trieve_py_client.models.search_usage_graph",
        "SearchUsageGraphResponse": "trieve_py_client.models.search_usage_graph_response",
        "SearchWithinGroupReqPayload": "trieve_py_client.models.search_within_group_req_payload",
        "SearchWithinGroupResponseBody": "trieve_py_client.models.search_within_group_response_body",
        "SearchWithinGroupResults": "trieve_py_client.models.search_within_group_results",
        "SearchesWithClicks": "trieve_py_client.models.searches_with_clicks",
        "SearchesWithoutClicks": "trieve_py_client.models.searches_without_clicks",
        "SemanticBoost": "trieve_py_client.models.semantic_boost",
        "SetUserApiKeyRequest": "trieve_py_client.models.set_user_api_key_request",
        "SetUserApiKeyResponse": "trieve_py_client.models.set_user_api_key_response",
        "SingleQueuedChunkResponse": "trieve_py_client.models.single_queued_chunk_response",
        "SlimChunkMetadata": "trieve_py_client.models.slim_chunk_metadata",
        "SlimChunkMetadataWithArrayTagSet": "trieve_py_client.models.slim_chunk_metadata_with_array_tag_set",
        "SlimChunkMetadataWithScore": "trieve_py_client.models.slim_chunk_metadata_with_score",
        "SlimUser": "trieve_py_client.models.slim_user",
        "SortByField": "trieve_py_client.models.sort_by_field",
        "SortBySearchType": "trieve_py_client.models.sort_by_search_type",
        "SortOptions": "trieve_py_client.models.sort_options",
        "SortOrder": "trieve_py_client.models.sort_order",
        "StripeInvoice": "trieve_py_client.models.stripe_invoice",
        "StripePlan": "trieve_py_client.models.stripe_plan",
        "SuggestType": "trieve_py_client.models.suggest_type",
        "SuggestedQueriesReqPayload": "trieve_py_client.models.suggested_queries_req_payload",
        "SuggestedQueriesResponse": "trieve_py_client.models.suggested_queries_response",
        "TagsWithCount": "trieve_py_client.models.tags_with_count",
        "TopDatasetsRequestTypes": "trieve_py_client.models.top_datasets_request_types",
        "TopDatasetsResponse": "trieve_py_client.models.top_datasets_response",
        "Topic": "trieve_py_client.models.topic",
        "TypoOptions": "trieve_py_client.models.typo_options",
        "TypoRange": "trieve_py_client.models.typo_range",
        "UpdateAllOrgDatasetConfigsReqPayload": "trieve_py_client.models.update_all_org_dataset_configs_req_payload",
        "UpdateChunkByTrackingIdData": "trieve_py_client.models.update_chunk_by_tracking_id_data",
        "UpdateChunkGroupReqPayload": "trieve_py_client.models.update_chunk_group_req_payload",
        "UpdateChunkReqPayload": "trieve_py_client.models.update_chunk_req_payload",
        "UpdateDatasetRequest": "trieve_py_client.models.update_dataset_request",
        "UpdateGroupByTrackingIDReqPayload": "trieve_py_client.models.update_group_by_tracking_id_req_payload",
        "UpdateOrganizationReqPayload": "trieve_py_client.models.update_organization_req_payload",
        "UpdateTopicReqPayload": "trieve_py_client.models.update_topic_req_payload",
        "UpdateUserOrgRoleData": "trieve_py_client.models.update_user_org_role_data",
        "UploadFileReqPayload": "trieve_py_client.models.upload_file_req_payload",
        "UploadFileResult": "trieve_py_client.models.upload_file_result",
        "UsageGraphPoint": "trieve_py_client.models.usage_graph_point",
        "UserOrganization": "trieve_py_client.models.user_organization",
        "WorkerEvent": "trieve_py_client.models.worker_event",
        "ApiClient": "trieve_py_client.api_client",
        "ApiResponse": "trieve_py_client.api_response",
        "Configuration": "trieve_py_client.configuration",
        "ApiAttributeError": "trieve_py_client.exceptions",
        "ApiConnectionError": "trieve_py_client.exceptions",
        "ApiException": "trieve_py_client.exceptions",
        "ApiKeyError": "trieve_py_client.exceptions",
        "ApiProxyError": "trieve_py_client.exceptions",
        "ApiResponseError": "trieve_py_client.exceptions",
        "ApiTLSError": "trieve_py_client.exceptions",
        "ApiTimeoutError": "trieve_py_client.exceptions",
        "ApiTransportError": "trieve_py_client.exceptions",
        "ApiTypeError": "trieve_py_client.exceptions",
        "ApiValueError": "trieve_py_client.exceptions",
        "BadRequestException": "trieve_py_client.exceptions",
        "ConflictException": "trieve_py_client.exceptions",
        "ForbiddenException": "trieve_py_client.exceptions",
        "NotFoundException": "trieve_py_client.exceptions",
        "OpenApiException": "trieve_py_client.exceptions",
        "PayloadTooLargeException": "trieve_py_client.exceptions",
        "ServiceException": "trieve_py_client.exceptions",
        "TooManyRequestsException": "trieve_py_client.exceptions",
        "UnauthorizedException": "trieve_py_client.exceptions",
        "UnprocessableEntityException": "trieve_py_client.exceptions",
        "UpgradeRequiredException": "trieve_py_client.exceptions",
    },
    # Beside the modules of the names above (api_client, configuration, ...):
    {
        "api": "trieve_py_client.api",
        "models": "trieve_py_client.models",
        "rest": "trieve_py_client.rest",
    },
)


def __getattr__(name: str) -> Any:
    return _load(name)


def __dir__() -> list[str]:
    return sorted(__all__)
