"""DatasetApi: the operations of the `Dataset` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._api_methods import ApiBase, Call, operation
from trieve_py_client._models import Int64, UuidParam
from trieve_py_client.api_client import RequestOptions
from trieve_py_client.api_response import ApiResponse
from trieve_py_client.paging import PageStyle


class DatasetApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Dataset endpoint. Datasets belong to organizations and hold configuration information for both client and server. Datasets contain chunks and chunk groups."""

    @operation(
        "PUT /api/dataset/clear/{dataset_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody, "404": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def clear_dataset(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        dataset_id: Annotated[
            UuidParam, Field(description="The id of the dataset you want to clear.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Clear Dataset

        Removes all chunks, files, and groups from the dataset while retaining the analytics and dataset itself. The auth'ed user must be an owner of the organization to clear a dataset.
        """
        return Call((options, {"dataset_id": dataset_id, "tr_dataset": tr_dataset}))

    clear_dataset_with_http_info = clear_dataset.with_http_info
    clear_dataset_without_preload_content = clear_dataset.without_preload_content

    @operation(
        "POST /api/dataset",
        lambda: {"200": models.Dataset, "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
    def create_dataset(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        create_dataset_request: Annotated[
            models.CreateDatasetRequest,
            Field(description="JSON request payload to create a new dataset"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.Dataset]]:
        """Create Dataset

        Auth'ed user must be an owner of the organization to create a dataset.
        """
        return Call((options, {"tr_organization": tr_organization}, create_dataset_request))

    create_dataset_with_http_info = create_dataset.with_http_info
    create_dataset_without_preload_content = create_dataset.without_preload_content

    @operation(
        "DELETE /api/dataset/{dataset_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody, "404": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def delete_dataset(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        dataset_id: Annotated[
            UuidParam, Field(description="The id of the dataset you want to delete.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete Dataset

        Auth'ed user must be an owner of the organization to delete a dataset.
        """
        return Call((options, {"dataset_id": dataset_id, "tr_dataset": tr_dataset}))

    delete_dataset_with_http_info = delete_dataset.with_http_info
    delete_dataset_without_preload_content = delete_dataset.without_preload_content

    @operation(
        "DELETE /api/dataset/tracking_id/{tracking_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody, "404": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def delete_dataset_by_tracking_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        tracking_id: Annotated[
            StrictStr, Field(description="The tracking id of the dataset you want to delete.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete Dataset by Tracking ID

        Auth'ed user must be an owner of the organization to delete a dataset.
        """
        return Call((options, {"tracking_id": tracking_id, "tr_dataset": tr_dataset}))

    delete_dataset_by_tracking_id_with_http_info = delete_dataset_by_tracking_id.with_http_info
    delete_dataset_by_tracking_id_without_preload_content = (
        delete_dataset_by_tracking_id.without_preload_content
    )

    @operation(
        "POST /api/dataset/get_all_tags",
        lambda: {"200": models.GetAllTagsResponse, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
        read_only=True,
    )
    def get_all_tags(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        get_all_tags_req_payload: Annotated[
            models.GetAllTagsReqPayload,
            Field(description="JSON request payload to get items with the tag in the request"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.GetAllTagsResponse]]:
        """Get All Tags

        Scroll through all tags in the dataset and get the number of chunks in the dataset with that tag plus the total number of unique tags for the whole datset.
        """
        return Call((options, {"tr_dataset": tr_dataset}, get_all_tags_req_payload))

    get_all_tags_with_http_info = get_all_tags.with_http_info
    get_all_tags_without_preload_content = get_all_tags.without_preload_content
    get_all_tags_pages = get_all_tags.paged(PageStyle("page", "page", "body", items="tags"))

    @operation(
        "GET /api/dataset/{dataset_id}",
        lambda: {
            "200": models.Dataset,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset"},
    )
    def get_dataset(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        dataset_id: Annotated[
            UuidParam, Field(description="The id of the dataset you want to retrieve.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.Dataset]]:
        """Get Dataset By ID

        Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"dataset_id": dataset_id, "tr_dataset": tr_dataset}))

    get_dataset_with_http_info = get_dataset.with_http_info
    get_dataset_without_preload_content = get_dataset.without_preload_content

    @operation(
        "GET /api/dataset/organization/{organization_id}",
        lambda: {
            "200": list[models.DatasetAndUsage],
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_organization": "TR-Organization"},
        query={"limit": "limit", "offset": "offset"},
    )
    def get_datasets_from_organization(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="id of the organization you want to retrieve datasets for")
        ],
        limit: Annotated[Int64 | None, Field(description="The number of records to return")] = None,
        offset: Annotated[Int64 | None, Field(description="The number of records to skip")] = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.DatasetAndUsage]]]:
        """Get Datasets from Organization

        Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (
                options,
                {
                    "organization_id": organization_id,
                    "limit": limit,
                    "offset": offset,
                    "tr_organization": tr_organization,
                },
            )
        )

    get_datasets_from_organization_with_http_info = get_datasets_from_organization.with_http_info
    get_datasets_from_organization_without_preload_content = (
        get_datasets_from_organization.without_preload_content
    )
    get_datasets_from_organization_pages = get_datasets_from_organization.paged(
        PageStyle("offset", "offset", "query", size="limit")
    )

    @operation(
        "GET /api/dataset/usage/{dataset_id}",
        lambda: {
            "200": models.DatasetUsageCount,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset"},
    )
    def get_usage_by_dataset_id(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        dataset_id: Annotated[
            UuidParam, Field(description="The id of the dataset you want to retrieve usage for.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.DatasetUsageCount]]:
        """Get Usage By Dataset ID

        Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"dataset_id": dataset_id, "tr_dataset": tr_dataset}))

    get_usage_by_dataset_id_with_http_info = get_usage_by_dataset_id.with_http_info
    get_usage_by_dataset_id_without_preload_content = (
        get_usage_by_dataset_id.without_preload_content
    )

    @operation(
        "PUT /api/dataset",
        lambda: {
            "200": models.Dataset,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_organization": "TR-Organization"},
    )
    def update_dataset(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        update_dataset_request: Annotated[
            models.UpdateDatasetRequest,
            Field(description="JSON request payload to update a dataset"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.Dataset]]:
        """Update Dataset by ID or Tracking ID

        One of id or tracking_id must be provided. The auth'ed user must be an owner of the organization to update a dataset.
        """
        return Call((options, {"tr_organization": tr_organization}, update_dataset_request))

    update_dataset_with_http_info = update_dataset.with_http_info
    update_dataset_without_preload_content = update_dataset.without_preload_content
