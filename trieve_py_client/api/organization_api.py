"""OrganizationApi: the operations of the `Organization` tag of openapi.json (see `trieve_py_client._api_methods`)."""

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


class OrganizationApi(
    ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}
):
    """Organization endpoint. Enables you to modify organization roles and information."""

    @operation(
        "POST /api/organization",
        lambda: {"200": models.Organization, "400": models.ErrorResponseBody},
    )
    def create_organization(
        self,
        create_organization_req_payload: Annotated[
            models.CreateOrganizationReqPayload,
            Field(description="The organization data that you want to create"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.Organization]]:
        """Create Organization

        Create a new organization. The auth'ed user who creates the organization will be the default owner of the organization.
        """
        return Call((options, None, create_organization_req_payload))

    create_organization_with_http_info = create_organization.with_http_info
    create_organization_without_preload_content = create_organization.without_preload_content

    @operation(
        "DELETE /api/organization/{organization_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
    def delete_organization(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization you want to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete Organization

        Delete an organization by its id. The auth'ed user must be an owner of the organization to delete it.
        """
        return Call(
            (options, {"organization_id": organization_id, "tr_organization": tr_organization})
        )

    delete_organization_with_http_info = delete_organization.with_http_info
    delete_organization_without_preload_content = delete_organization.without_preload_content

    @operation(
        "GET /api/organization/{organization_id}",
        lambda: {
            "200": models.Organization,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_organization": "TR-Organization"},
    )
    def get_organization(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization you want to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.Organization]]:
        """Get Organization

        Fetch the details of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (options, {"organization_id": organization_id, "tr_organization": tr_organization})
        )

    get_organization_with_http_info = get_organization.with_http_info
    get_organization_without_preload_content = get_organization.without_preload_content

    @operation(
        "GET /api/organization/usage/{organization_id}",
        lambda: {"200": models.OrganizationUsageCount, "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
    def get_organization_usage(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization you want to fetch the usage of."),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.OrganizationUsageCount]]:
        """Get Organization Usage

        Fetch the current usage specification of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (options, {"organization_id": organization_id, "tr_organization": tr_organization})
        )

    get_organization_usage_with_http_info = get_organization_usage.with_http_info
    get_organization_usage_without_preload_content = get_organization_usage.without_preload_content

    @operation(
        "GET /api/organization/users/{organization_id}",
        lambda: {"200": list[models.SlimUser], "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
    def get_organization_users(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization you want to fetch the users of."),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.SlimUser]]]:
        """Get Organization Users

        Fetch the users of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call(
            (options, {"organization_id": organization_id, "tr_organization": tr_organization})
        )

    get_organization_users_with_http_info = get_organization_users.with_http_info
    get_organization_users_without_preload_content = get_organization_users.without_preload_content

    @operation(
        "POST /api/organization/update_dataset_configs",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
    def update_all_org_dataset_configs(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        update_all_org_dataset_configs_req_payload: Annotated[
            models.UpdateAllOrgDatasetConfigsReqPayload,
            Field(description="The organization data that you want to create"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Update All Dataset Configurations

        Update the configurations for all datasets in an organization. Only the specified keys in the configuration object will be changed per dataset such that you can preserve dataset unique values. Auth'ed user or api key must have an owner role for the specified organization.
        """
        return Call(
            (
                options,
                {"tr_organization": tr_organization},
                update_all_org_dataset_configs_req_payload,
            )
        )

    update_all_org_dataset_configs_with_http_info = update_all_org_dataset_configs.with_http_info
    update_all_org_dataset_configs_without_preload_content = (
        update_all_org_dataset_configs.without_preload_content
    )

    @operation(
        "PUT /api/organization",
        lambda: {"200": models.Organization, "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
    def update_organization(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        update_organization_req_payload: Annotated[
            models.UpdateOrganizationReqPayload,
            Field(description="The organization data that you want to update"),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.Organization]]:
        """Update Organization

        Update an organization. Only the owner of the organization can update it.
        """
        return Call(
            (options, {"tr_organization": tr_organization}, update_organization_req_payload)
        )

    update_organization_with_http_info = update_organization.with_http_info
    update_organization_without_preload_content = update_organization.without_preload_content
