"""ChunkApi: the operations of the `Chunk` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.paging import PageStyle
from trieve_py_client.streaming import StreamFormat


class ChunkApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Chunk endpoint. Think of chunks as individual searchable units of information. The majority of your integration will likely be with the Chunk endpoint."""

    @operation(
        "POST /api/chunk/autocomplete",
        lambda: {"200": models.SearchResponseTypes, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
        read_only=True,
    )
    def autocomplete(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        autocomplete_req_payload: Annotated[
            models.AutocompleteReqPayload,
            Field(description="JSON request payload to semantically search for chunks (chunks)"),
        ],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.SearchResponseTypes]]:
        """Autocomplete

        This route provides the primary autocomplete functionality for the API. This prioritize prefix matching with semantic or full-text search.
        """
        return Call(
            (
                options,
                {"tr_dataset": tr_dataset, "x_api_version": x_api_version},
                autocomplete_req_payload,
            )
        )

    autocomplete_with_http_info = autocomplete.with_http_info
    autocomplete_without_preload_content = autocomplete.without_preload_content

    @operation(
        "POST /api/chunk/count",
        lambda: {"200": models.CountChunkQueryResponseBody, "404": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
    def count_chunks(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        count_chunks_req_payload: Annotated[
            models.CountChunksReqPayload,
            Field(description="JSON request payload to count chunks for a search query"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.CountChunkQueryResponseBody]]:
        """Count chunks above threshold

        This route can be used to determine the number of chunk results that match a search query including score threshold and filters. It may be high latency for large limits. There is a dataset configuration imposed restriction on the maximum limit value (default 10,000) which is used to prevent DDOS attacks. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tr_dataset": tr_dataset}, count_chunks_req_payload))

    count_chunks_with_http_info = count_chunks.with_http_info
    count_chunks_without_preload_content = count_chunks.without_preload_content

    @operation(
        "POST /api/chunk",
        lambda: {
            "200": models.ReturnQueuedChunk,
            "400": models.ErrorResponseBody,
            "413": models.ErrorResponseBody,
            "426": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset"},
    )
    def create_chunk(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        create_chunk_req_payload_enum: Annotated[
            models.CreateChunkReqPayloadEnum,
            Field(description="JSON request payload to create a new chunk (chunk)"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.ReturnQueuedChunk]]:
        """Create or Upsert Chunk or Chunks

        Create new chunk(s). If the chunk has the same tracking_id as an existing chunk, the request will fail. Once a chunk is created, it can be searched for using the search endpoint. If uploading in bulk, the maximum amount of chunks that can be uploaded at once is 120 chunks. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tr_dataset": tr_dataset}, create_chunk_req_payload_enum))

    create_chunk_with_http_info = create_chunk.with_http_info
    create_chunk_without_preload_content = create_chunk.without_preload_content

    @operation(
        "DELETE /api/chunk/{chunk_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def delete_chunk(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        chunk_id: Annotated[UuidParam, Field(description="Id of the chunk you want to fetch.")],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete Chunk

        Delete a chunk by its id. If deleting a root chunk which has a collision, the most recently created collision will become a new root chunk. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"chunk_id": chunk_id, "tr_dataset": tr_dataset}))

    delete_chunk_with_http_info = delete_chunk.with_http_info
    delete_chunk_without_preload_content = delete_chunk.without_preload_content

    @operation(
        "DELETE /api/chunk/tracking_id/{tracking_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def delete_chunk_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        tracking_id: Annotated[
            StrictStr, Field(description="tracking_id of the chunk you want to delete")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete Chunk By Tracking Id

        Delete a chunk by tracking_id. This is useful for when you are coordinating with an external system and want to use the tracking_id to identify the chunk. If deleting a root chunk which has a collision, the most recently created collision will become a new root chunk. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tracking_id": tracking_id, "tr_dataset": tr_dataset}))

    delete_chunk_by_tracking_id_with_http_info = delete_chunk_by_tracking_id.with_http_info
    delete_chunk_by_tracking_id_without_preload_content = (
        delete_chunk_by_tracking_id.without_preload_content
    )

    @operation(
        "POST /api/chunk/generate",
        lambda: {"200": StrictStr, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        accept="text/plain",
        read_timeout=600,
    )
    def generate_off_chunks(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        generate_off_chunks_req_payload: Annotated[
            models.GenerateOffChunksReqPayload,
            Field(description="JSON request payload to perform RAG on some chunks (chunks)"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[StrictStr]]:
        """RAG on Specified Chunks

        This endpoint exists as an alternative to the topic+message resource pattern where our Trieve handles chat memory. With this endpoint, the user is responsible for providing the context window and the prompt and the conversation is ephemeral.
        """
        return Call((options, {"tr_dataset": tr_dataset}, generate_off_chunks_req_payload))

    generate_off_chunks_with_http_info = generate_off_chunks.with_http_info
    generate_off_chunks_without_preload_content = generate_off_chunks.without_preload_content
    generate_off_chunks_stream = generate_off_chunks.streamed(StreamFormat("stream_response"))

    @operation(
        "GET /api/chunk/{chunk_id}",
        lambda: {
            "200": models.ChunkReturnTypes,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
    )
    def get_chunk_by_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        chunk_id: Annotated[UuidParam, Field(description="Id of the chunk you want to fetch.")],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.ChunkReturnTypes]]:
        """Get Chunk By Id

        Get a singular chunk by id.
        """
        return Call(
            (
                options,
                {"chunk_id": chunk_id, "tr_dataset": tr_dataset, "x_api_version": x_api_version},
            )
        )

    get_chunk_by_id_with_http_info = get_chunk_by_id.with_http_info
    get_chunk_by_id_without_preload_content = get_chunk_by_id.without_preload_content

    @operation(
        "GET /api/chunk/tracking_id/{tracking_id}",
        lambda: {
            "200": models.ChunkReturnTypes,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
    )
    def get_chunk_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        tracking_id: Annotated[
            StrictStr, Field(description="tracking_id of the chunk you want to fetch")
        ],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.ChunkReturnTypes]]:
        """Get Chunk By Tracking Id

        Get a singular chunk by tracking_id. This is useful for when you are coordinating with an external system and want to use your own id as the primary reference for a chunk.
        """
        return Call(
            (
                options,
                {
                    "tracking_id": tracking_id,
                    "tr_dataset": tr_dataset,
                    "x_api_version": x_api_version,
                },
            )
        )

    get_chunk_by_tracking_id_with_http_info = get_chunk_by_tracking_id.with_http_info
    get_chunk_by_tracking_id_without_preload_content = (
        get_chunk_by_tracking_id.without_preload_content
    )

    @operation(
        "POST /api/chunks",
        lambda: {
            "200": list[models.ChunkReturnTypes],
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
        read_only=True,
    )
    def get_chunks_by_ids(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        get_chunks_data: Annotated[
            models.GetChunksData,
            Field(description="JSON request payload to get the chunks in the request"),
        ],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.ChunkReturnTypes]]]:
        """Get Chunks By Ids

        Get multiple chunks by multiple ids.
        """
        return Call(
            (options, {"tr_dataset": tr_dataset, "x_api_version": x_api_version}, get_chunks_data)
        )

    get_chunks_by_ids_with_http_info = get_chunks_by_ids.with_http_info
    get_chunks_by_ids_without_preload_content = get_chunks_by_ids.without_preload_content

    @operation(
        "POST /api/chunks/tracking",
        lambda: {"200": list[models.ChunkReturnTypes], "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
        read_only=True,
    )
    def get_chunks_by_tracking_ids(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        get_tracking_chunks_data: Annotated[
            models.GetTrackingChunksData,
            Field(description="JSON request payload to get the chunks in the request"),
        ],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.ChunkReturnTypes]]]:
        """Get Chunks By Tracking Ids

        Get multiple chunks by ids.
        """
        return Call(
            (
                options,
                {"tr_dataset": tr_dataset, "x_api_version": x_api_version},
                get_tracking_chunks_data,
            )
        )

    get_chunks_by_tracking_ids_with_http_info = get_chunks_by_tracking_ids.with_http_info
    get_chunks_by_tracking_ids_without_preload_content = (
        get_chunks_by_tracking_ids.without_preload_content
    )

    @operation(
        "POST /api/chunk/recommend",
        lambda: {"200": models.RecommendResponseTypes, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
        read_only=True,
    )
    def get_recommended_chunks(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        recommend_chunks_request: Annotated[
            models.RecommendChunksRequest,
            Field(
                description="JSON request payload to get recommendations of chunks similar to the chunks in the request"
            ),
        ],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.RecommendResponseTypes]]:
        """Get Recommended Chunks

        Get recommendations of chunks similar to the positive samples in the request and dissimilar to the negative.
        """
        return Call(
            (
                options,
                {"tr_dataset": tr_dataset, "x_api_version": x_api_version},
                recommend_chunks_request,
            )
        )

    get_recommended_chunks_with_http_info = get_recommended_chunks.with_http_info
    get_recommended_chunks_without_preload_content = get_recommended_chunks.without_preload_content

    @operation(
        "POST /api/chunk/suggestions",
        lambda: {"200": models.SuggestedQueriesResponse, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_timeout=600,
    )
    def get_suggested_queries(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        suggested_queries_req_payload: Annotated[
            models.SuggestedQueriesReqPayload,
            Field(description="JSON request payload to get alternative suggested queries"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.SuggestedQueriesResponse]]:
        """Generate suggested queries

        This endpoint will generate 3 suggested queries based off a hybrid search using RAG with the query provided in the request body and return them as a JSON object.
        """
        return Call((options, {"tr_dataset": tr_dataset}, suggested_queries_req_payload))

    get_suggested_queries_with_http_info = get_suggested_queries.with_http_info
    get_suggested_queries_without_preload_content = get_suggested_queries.without_preload_content

    @operation(
        "POST /api/chunks/scroll",
        lambda: {"200": models.ScrollChunksResponseBody, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
    def scroll_dataset_chunks(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        scroll_chunks_req_payload: Annotated[
            models.ScrollChunksReqPayload,
            Field(description="JSON request payload to scroll through chunks (chunks)"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.ScrollChunksResponseBody]]:
        """Scroll Chunks

        Get paginated chunks from your dataset with filters and custom sorting. If sort by is not specified, the results will sort by the id's of the chunks in ascending order. Sort by and offset_chunk_id cannot be used together; if you want to scroll with a sort by then you need to use a must_not filter with the ids you have already seen. There is a limit of 1000 id's in a must_not filter at a time.
        """
        return Call((options, {"tr_dataset": tr_dataset}, scroll_chunks_req_payload))

    scroll_dataset_chunks_with_http_info = scroll_dataset_chunks.with_http_info
    scroll_dataset_chunks_without_preload_content = scroll_dataset_chunks.without_preload_content
    scroll_dataset_chunks_pages = scroll_dataset_chunks.paged(
        PageStyle("scroll", "offset_chunk_id", "body", items="chunks", inclusive=True)
    )

    @operation(
        "POST /api/chunk/search",
        lambda: {"200": models.SearchResponseTypes, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
        read_only=True,
    )
    def search_chunks(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        search_chunks_req_payload: Annotated[
            models.SearchChunksReqPayload,
            Field(description="JSON request payload to semantically search for chunks (chunks)"),
        ],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.SearchResponseTypes]]:
        """Search

        This route provides the primary search functionality for the API. It can be used to search for chunks by semantic similarity, full-text similarity, or a combination of both. Results' `chunk_html` values will be modified with `<b><mark>` tags for sub-sentence highlighting.
        """
        return Call(
            (
                options,
                {"tr_dataset": tr_dataset, "x_api_version": x_api_version},
                search_chunks_req_payload,
            )
        )

    search_chunks_with_http_info = search_chunks.with_http_info
    search_chunks_without_preload_content = search_chunks.without_preload_content

    @operation(
        "PUT /api/chunk",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def update_chunk(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        update_chunk_req_payload: Annotated[
            models.UpdateChunkReqPayload,
            Field(description="JSON request payload to update a chunk (chunk)"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Update Chunk

        Update a chunk. If you try to change the tracking_id of the chunk to have the same tracking_id as an existing chunk, the request will fail. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tr_dataset": tr_dataset}, update_chunk_req_payload))

    update_chunk_with_http_info = update_chunk.with_http_info
    update_chunk_without_preload_content = update_chunk.without_preload_content

    @operation(
        "PUT /api/chunk/tracking_id/update",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        deprecated=True,
    )
    def update_chunk_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        update_chunk_by_tracking_id_data: Annotated[
            models.UpdateChunkByTrackingIdData,
            Field(description="JSON request payload to update a chunk by tracking_id (chunks)"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Update Chunk By Tracking Id

        Update a chunk by tracking_id. This is useful for when you are coordinating with an external system and want to use the tracking_id to identify the chunk. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.


        Deprecated: calling it warns with a `DeprecationWarning`.
        """
        return Call((options, {"tr_dataset": tr_dataset}, update_chunk_by_tracking_id_data))

    update_chunk_by_tracking_id_with_http_info = update_chunk_by_tracking_id.with_http_info
    update_chunk_by_tracking_id_without_preload_content = (
        update_chunk_by_tracking_id.without_preload_content
    )
