"""ChunkGroupApi: the operations of the `Chunk_Group` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client._models import Int64, UuidParam
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.paging import PageStyle


class ChunkGroupApi(
    ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}
):
    """Chunk groups endpoint. Think of a chunk_group as a bookmark folder within the dataset."""

    @operation(
        "POST /api/chunk_group/chunk/{group_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def add_chunk_to_group(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        group_id: Annotated[
            UuidParam, Field(description="Id of the group to add the chunk to as a bookmark")
        ],
        add_chunk_to_group_req_payload: Annotated[
            models.AddChunkToGroupReqPayload,
            Field(description="JSON request payload to add a chunk to a group (bookmark it)"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Add Chunk to Group

        Route to add a chunk to a group. One of chunk_id or chunk_tracking_id must be provided. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (
                options,
                {"group_id": group_id, "tr_dataset": tr_dataset},
                add_chunk_to_group_req_payload,
            )
        )

    add_chunk_to_group_with_http_info = add_chunk_to_group.with_http_info
    add_chunk_to_group_without_preload_content = add_chunk_to_group.without_preload_content

    @operation(
        "POST /api/chunk_group/tracking_id/{tracking_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def add_chunk_to_group_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        tracking_id: Annotated[
            StrictStr,
            Field(description="Tracking id of the group to add the chunk to as a bookmark"),
        ],
        add_chunk_to_group_req_payload: Annotated[
            models.AddChunkToGroupReqPayload,
            Field(description="JSON request payload to add a chunk to a group via tracking_id"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Add Chunk to Group by Tracking ID

        Route to add a chunk to a group by tracking id. One of chunk_id or chunk_tracking_id must be provided. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (
                options,
                {"tracking_id": tracking_id, "tr_dataset": tr_dataset},
                add_chunk_to_group_req_payload,
            )
        )

    add_chunk_to_group_by_tracking_id_with_http_info = (
        add_chunk_to_group_by_tracking_id.with_http_info
    )
    add_chunk_to_group_by_tracking_id_without_preload_content = (
        add_chunk_to_group_by_tracking_id.without_preload_content
    )

    @operation(
        "POST /api/chunk_group",
        lambda: {
            "200": models.CreateChunkGroupResponseEnum,
            "400": models.ErrorResponseBody,
            "413": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset"},
    )
    def create_chunk_group(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        create_chunk_group_req_payload_enum: Annotated[
            models.CreateChunkGroupReqPayloadEnum,
            Field(description="JSON request payload to cretea a chunk_group(s)"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.CreateChunkGroupResponseEnum]]:
        """Create or Upsert Group or Groups

        Create new chunk_group(s). This is a way to group chunks together. If you try to create a chunk_group with the same tracking_id as an existing chunk_group, this operation will fail. Only 1000 chunk groups can be created at a time. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tr_dataset": tr_dataset}, create_chunk_group_req_payload_enum))

    create_chunk_group_with_http_info = create_chunk_group.with_http_info
    create_chunk_group_without_preload_content = create_chunk_group.without_preload_content

    @operation(
        "DELETE /api/chunk_group/{group_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        query={"delete_chunks": "delete_chunks"},
    )
    def delete_chunk_group(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        group_id: Annotated[UuidParam, Field(description="Id of the group you want to fetch.")],
        delete_chunks: Annotated[
            StrictBool, Field(description="Delete the chunks within the group")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete Group

        This will delete a chunk_group. If you set delete_chunks to true, it will also delete the chunks within the group. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (
                options,
                {"group_id": group_id, "delete_chunks": delete_chunks, "tr_dataset": tr_dataset},
            )
        )

    delete_chunk_group_with_http_info = delete_chunk_group.with_http_info
    delete_chunk_group_without_preload_content = delete_chunk_group.without_preload_content

    @operation(
        "DELETE /api/chunk_group/tracking_id/{tracking_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        query={"delete_chunks": "delete_chunks"},
    )
    def delete_group_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        tracking_id: Annotated[
            StrictStr, Field(description="Tracking id of the chunk_group to delete")
        ],
        delete_chunks: Annotated[
            StrictBool, Field(description="Delete the chunks within the group")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete Group by Tracking ID

        Delete a chunk_group with the given tracking id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (
                options,
                {
                    "tracking_id": tracking_id,
                    "delete_chunks": delete_chunks,
                    "tr_dataset": tr_dataset,
                },
            )
        )

    delete_group_by_tracking_id_with_http_info = delete_group_by_tracking_id.with_http_info
    delete_group_by_tracking_id_without_preload_content = (
        delete_group_by_tracking_id.without_preload_content
    )

    @operation(
        "GET /api/chunk_group/{group_id}",
        lambda: {
            "200": models.ChunkGroupAndFileId,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset"},
    )
    def get_chunk_group(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        group_id: Annotated[UuidParam, Field(description="Id of the group you want to fetch.")],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.ChunkGroupAndFileId]]:
        """Get Group

        Fetch the group with the given id. get_group
        """
        return Call((options, {"group_id": group_id, "tr_dataset": tr_dataset}))

    get_chunk_group_with_http_info = get_chunk_group.with_http_info
    get_chunk_group_without_preload_content = get_chunk_group.without_preload_content

    @operation(
        "GET /api/chunk_group/{group_id}/{page}",
        lambda: {
            "200": models.GetChunksInGroupResponse,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
    )
    def get_chunks_in_group(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        group_id: Annotated[UuidParam, Field(description="Id of the group you want to fetch.")],
        page: Annotated[
            Annotated[Int64, Ge(0)], Field(description="The page of chunks to get from the group")
        ],
        x_api_version: Annotated[
            StrictStr | None, Field(description="The version of the API to use for the request")
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.GetChunksInGroupResponse]]:
        """Get Chunks in Group

        Route to get all chunks for a group. The response is paginated, with each page containing 10 chunks. Page is 1-indexed.
        """
        return Call(
            (
                options,
                {
                    "group_id": group_id,
                    "page": page,
                    "tr_dataset": tr_dataset,
                    "x_api_version": x_api_version,
                },
            )
        )

    get_chunks_in_group_with_http_info = get_chunks_in_group.with_http_info
    get_chunks_in_group_without_preload_content = get_chunks_in_group.without_preload_content
    get_chunks_in_group_pages = get_chunks_in_group.paged(
        PageStyle("page", "page", "path", total="total_pages")
    )

    @operation(
        "GET /api/chunk_group/tracking_id/{group_tracking_id}/{page}",
        lambda: {
            "200": models.GetChunksInGroupResponse,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
    )
    def get_chunks_in_group_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        group_tracking_id: Annotated[
            StrictStr, Field(description="The id of the group to get the chunks from")
        ],
        page: Annotated[
            Annotated[Int64, Ge(0)], Field(description="The page of chunks to get from the group")
        ],
        x_api_version: Annotated[
            StrictStr | None, Field(description="The version of the API to use for the request")
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.GetChunksInGroupResponse]]:
        """Get Chunks in Group by Tracking ID

        Route to get all chunks for a group. The response is paginated, with each page containing 10 chunks. Support for custom page size is coming soon. Page is 1-indexed.
        """
        return Call(
            (
                options,
                {
                    "group_tracking_id": group_tracking_id,
                    "page": page,
                    "tr_dataset": tr_dataset,
                    "x_api_version": x_api_version,
                },
            )
        )

    get_chunks_in_group_by_tracking_id_with_http_info = (
        get_chunks_in_group_by_tracking_id.with_http_info
    )
    get_chunks_in_group_by_tracking_id_without_preload_content = (
        get_chunks_in_group_by_tracking_id.without_preload_content
    )
    get_chunks_in_group_by_tracking_id_pages = get_chunks_in_group_by_tracking_id.paged(
        PageStyle("page", "page", "path", total="total_pages")
    )

    @operation(
        "GET /api/chunk_group/tracking_id/{tracking_id}",
        lambda: {
            "200": models.ChunkGroupAndFileId,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset"},
    )
    def get_group_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        tracking_id: Annotated[
            StrictStr, Field(description="The tracking id of the group to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.ChunkGroupAndFileId]]:
        """Get Group by Tracking ID

        Fetch the group with the given tracking id. get_group_by_tracking_id
        """
        return Call((options, {"tracking_id": tracking_id, "tr_dataset": tr_dataset}))

    get_group_by_tracking_id_with_http_info = get_group_by_tracking_id.with_http_info
    get_group_by_tracking_id_without_preload_content = (
        get_group_by_tracking_id.without_preload_content
    )

    @operation(
        "POST /api/chunk_group/chunks",
        lambda: {"200": list[models.GroupsForChunk], "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
    def get_groups_for_chunks(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        get_groups_for_chunks_req_payload: Annotated[
            models.GetGroupsForChunksReqPayload,
            Field(description="JSON request payload to get the groups that a chunk is in"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.GroupsForChunk]]]:
        """Get Groups for Chunks

        Route to get the groups that a chunk is in.
        """
        return Call((options, {"tr_dataset": tr_dataset}, get_groups_for_chunks_req_payload))

    get_groups_for_chunks_with_http_info = get_groups_for_chunks.with_http_info
    get_groups_for_chunks_without_preload_content = get_groups_for_chunks.without_preload_content

    @operation(
        "GET /api/dataset/groups/{dataset_id}/{page}",
        lambda: {"200": models.GroupData, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def get_groups_for_dataset(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        dataset_id: Annotated[
            UuidParam, Field(description="The id of the dataset to fetch groups for.")
        ],
        page: Annotated[
            Int64, Field(description="The page of groups to fetch. Page is 1-indexed.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.GroupData]]:
        """Get Groups for Dataset

        Fetch the groups which belong to a dataset specified by its id.
        """
        return Call((options, {"dataset_id": dataset_id, "page": page, "tr_dataset": tr_dataset}))

    get_groups_for_dataset_with_http_info = get_groups_for_dataset.with_http_info
    get_groups_for_dataset_without_preload_content = get_groups_for_dataset.without_preload_content
    get_groups_for_dataset_pages = get_groups_for_dataset.paged(
        PageStyle("page", "page", "path", items="groups", total="total_pages")
    )

    @operation(
        "POST /api/chunk_group/recommend",
        lambda: {"200": models.RecommendGroupsResponse, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
        read_only=True,
    )
    def get_recommended_groups(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        recommend_groups_req_payload: Annotated[
            models.RecommendGroupsReqPayload,
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
    ) -> Call[ApiResponse[models.RecommendGroupsResponse]]:
        """Get Recommended Groups

        Route to get recommended groups. This route will return groups which are similar to the groups in the request body. You must provide at least one positive group id or group tracking id.
        """
        return Call(
            (
                options,
                {"tr_dataset": tr_dataset, "x_api_version": x_api_version},
                recommend_groups_req_payload,
            )
        )

    get_recommended_groups_with_http_info = get_recommended_groups.with_http_info
    get_recommended_groups_without_preload_content = get_recommended_groups.without_preload_content

    @operation(
        "DELETE /api/chunk_group/chunk/{group_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        query={"chunk_id": "chunk_id"},
    )
    def remove_chunk_from_group(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        group_id: Annotated[
            UuidParam, Field(description="Id of the group you want to remove the chunk from.")
        ],
        chunk_id: Annotated[
            UuidParam | None, Field(description="Id of the chunk you want to remove from the group")
        ] = None,
        remove_chunk_from_group_req_payload: Annotated[
            models.RemoveChunkFromGroupReqPayload | None,
            Field(description="JSON request payload to remove a chunk from a group"),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Remove Chunk from Group

        Route to remove a chunk from a group. Auth'ed user or api key must be an admin or owner of the dataset's organization to remove a chunk from a group.
        """
        return Call(
            (
                options,
                {"group_id": group_id, "chunk_id": chunk_id, "tr_dataset": tr_dataset},
                remove_chunk_from_group_req_payload,
            )
        )

    remove_chunk_from_group_with_http_info = remove_chunk_from_group.with_http_info
    remove_chunk_from_group_without_preload_content = (
        remove_chunk_from_group.without_preload_content
    )

    @operation(
        "POST /api/chunk_group/group_oriented_search",
        lambda: {"200": models.SearchOverGroupsResponseTypes, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
        read_only=True,
    )
    def search_over_groups(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        search_over_groups_req_payload: Annotated[
            models.SearchOverGroupsReqPayload,
            Field(description="JSON request payload to semantically search over groups"),
        ],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.SearchOverGroupsResponseTypes]]:
        """Search Over Groups

        This route allows you to get groups as results instead of chunks. Each group returned will have the matching chunks sorted by similarity within the group. This is useful for when you want to get groups of chunks which are similar to the search query. If choosing hybrid search, the results will be re-ranked using scores from a cross encoder model. Compatible with semantic, fulltext, or hybrid search modes.
        """
        return Call(
            (
                options,
                {"tr_dataset": tr_dataset, "x_api_version": x_api_version},
                search_over_groups_req_payload,
            )
        )

    search_over_groups_with_http_info = search_over_groups.with_http_info
    search_over_groups_without_preload_content = search_over_groups.without_preload_content

    @operation(
        "POST /api/chunk_group/search",
        lambda: {"200": models.SearchGroupResponseTypes, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset", "x_api_version": "X-API-Version"},
        read_only=True,
    )
    def search_within_group(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        search_within_group_req_payload: Annotated[
            models.SearchWithinGroupReqPayload,
            Field(description="JSON request payload to semantically search a group"),
        ],
        x_api_version: Annotated[
            StrictStr | None,
            Field(
                description="The API version to use for this request. Defaults to V2 for orgs created after July 12, 2024 and V1 otherwise."
            ),
        ] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.SearchGroupResponseTypes]]:
        """Search Within Group

        This route allows you to search only within a group. This is useful for when you only want search results to contain chunks which are members of a specific group. If choosing hybrid search, the results will be re-ranked using scores from a cross encoder model.
        """
        return Call(
            (
                options,
                {"tr_dataset": tr_dataset, "x_api_version": x_api_version},
                search_within_group_req_payload,
            )
        )

    search_within_group_with_http_info = search_within_group.with_http_info
    search_within_group_without_preload_content = search_within_group.without_preload_content

    @operation(
        "PUT /api/chunk_group",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def update_chunk_group(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        update_chunk_group_req_payload: Annotated[
            models.UpdateChunkGroupReqPayload,
            Field(description="JSON request payload to update a chunkGroup"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Update Group

        Update a chunk_group. One of group_id or tracking_id must be provided. If you try to change the tracking_id to one that already exists, this operation will fail. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"tr_dataset": tr_dataset}, update_chunk_group_req_payload))

    update_chunk_group_with_http_info = update_chunk_group.with_http_info
    update_chunk_group_without_preload_content = update_chunk_group.without_preload_content

    @operation(
        "PUT /api/chunk_group/tracking_id/{tracking_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        deprecated=True,
    )
    def update_group_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        tracking_id: Annotated[
            UuidParam, Field(description="Tracking id of the chunk_group to update")
        ],
        update_group_by_tracking_id_req_payload: Annotated[
            models.UpdateGroupByTrackingIDReqPayload,
            Field(description="JSON request payload to update a chunkGroup"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Update Group by Tracking ID

        Update a chunk_group with the given tracking id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.


        Deprecated: calling it warns with a `DeprecationWarning`.
        """
        return Call(
            (
                options,
                {"tracking_id": tracking_id, "tr_dataset": tr_dataset},
                update_group_by_tracking_id_req_payload,
            )
        )

    update_group_by_tracking_id_with_http_info = update_group_by_tracking_id.with_http_info
    update_group_by_tracking_id_without_preload_content = (
        update_group_by_tracking_id.without_preload_content
    )
