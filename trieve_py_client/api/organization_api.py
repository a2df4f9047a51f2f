"""OrganizationApi: the operations of the `Organization` tag of openapi.json.

Each operation is data (an `Operation`) that the shared client executes. Its three variants are
one call each: `x_with_http_info` returns an `ApiResponse`, `x` its `.data`, and
`x_without_preload_content` the unread urllib3 response. Every variant takes the per-call options
of `RequestOptions` and validates its arguments before anything is sent.
"""

from __future__ import annotations

from typing import Annotated

import urllib3
from pydantic import Field, StrictStr
from typing_extensions import Unpack

# Models are named through the package, which imports each on first use: importing this module
# imports none, and a model is loaded when an operation that takes or returns it is first called.
from trieve_py_client import models
from trieve_py_client._models import UuidParam
from trieve_py_client.api_client import ApiClient, Operation, Parameter, RequestOptions, validated
from trieve_py_client.api_response import ApiResponse

CREATE_ORGANIZATION = Operation(
    method="POST",
    path="/api/organization",
    responses=lambda: {"200": models.Organization, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    name="create_organization",
)
DELETE_ORGANIZATION = Operation(
    method="DELETE",
    path="/api/organization/{organization_id}",
    responses=lambda: {"204": None, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(
        Parameter("tr_organization", "header", "TR-Organization"),
        Parameter("organization_id", "path", "organization_id"),
    ),
    name="delete_organization",
)
GET_ORGANIZATION = Operation(
    method="GET",
    path="/api/organization/{organization_id}",
    responses=lambda: {
        "200": models.Organization,
        "400": models.ErrorResponseBody,
        "404": models.ErrorResponseBody,
    },
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(
        Parameter("tr_organization", "header", "TR-Organization"),
        Parameter("organization_id", "path", "organization_id"),
    ),
    name="get_organization",
)
GET_ORGANIZATION_USAGE = Operation(
    method="GET",
    path="/api/organization/usage/{organization_id}",
    responses=lambda: {"200": models.OrganizationUsageCount, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(
        Parameter("tr_organization", "header", "TR-Organization"),
        Parameter("organization_id", "path", "organization_id"),
    ),
    name="get_organization_usage",
)
GET_ORGANIZATION_USERS = Operation(
    method="GET",
    path="/api/organization/users/{organization_id}",
    responses=lambda: {"200": list[models.SlimUser], "400": models.ErrorResponseBody},
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(
        Parameter("tr_organization", "header", "TR-Organization"),
        Parameter("organization_id", "path", "organization_id"),
    ),
    name="get_organization_users",
)
UPDATE_ALL_ORG_DATASET_CONFIGS = Operation(
    method="POST",
    path="/api/organization/update_dataset_configs",
    responses=lambda: {"204": None, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_organization", "header", "TR-Organization"),),
    name="update_all_org_dataset_configs",
)
UPDATE_ORGANIZATION = Operation(
    method="PUT",
    path="/api/organization",
    responses=lambda: {"200": models.Organization, "400": models.ErrorResponseBody},
    content_type="application/json",
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(Parameter("tr_organization", "header", "TR-Organization"),),
    name="update_organization",
)


class OrganizationApi:
    """Organization endpoint. Enables you to modify organization roles and information."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client

    @validated
    def create_organization(
        self,
        create_organization_req_payload: Annotated[
            models.CreateOrganizationReqPayload,
            Field(description="The organization data that you want to create"),
        ],
        **options: Unpack[RequestOptions],
    ) -> models.Organization:
        """Create Organization

        Create a new organization. The auth'ed user who creates the organization will be the default owner of the organization.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.Organization] = self.api_client.execute(
            CREATE_ORGANIZATION, options, body=create_organization_req_payload
        )
        return response.data

    @validated
    def create_organization_with_http_info(
        self,
        create_organization_req_payload: Annotated[
            models.CreateOrganizationReqPayload,
            Field(description="The organization data that you want to create"),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.Organization]:
        """Create Organization, returning status, headers and data."""
        return self.api_client.execute(
            CREATE_ORGANIZATION, options, body=create_organization_req_payload
        )

    @validated
    def create_organization_without_preload_content(
        self,
        create_organization_req_payload: Annotated[
            models.CreateOrganizationReqPayload,
            Field(description="The organization data that you want to create"),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Create Organization, returning the unread response."""
        return self.api_client.send(
            CREATE_ORGANIZATION, options, body=create_organization_req_payload
        ).response

    @validated
    def delete_organization(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization you want to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete Organization

        Delete an organization by its id. The auth'ed user must be an owner of the organization to delete it.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            DELETE_ORGANIZATION,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        )
        return response.data

    @validated
    def delete_organization_with_http_info(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization you want to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Delete Organization, returning status, headers and data."""
        return self.api_client.execute(
            DELETE_ORGANIZATION,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        )

    @validated
    def delete_organization_without_preload_content(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization you want to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Delete Organization, returning the unread response."""
        return self.api_client.send(
            DELETE_ORGANIZATION,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        ).response

    @validated
    def get_organization(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization you want to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> models.Organization:
        """Get Organization

        Fetch the details of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.Organization] = self.api_client.execute(
            GET_ORGANIZATION,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        )
        return response.data

    @validated
    def get_organization_with_http_info(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization you want to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.Organization]:
        """Get Organization, returning status, headers and data."""
        return self.api_client.execute(
            GET_ORGANIZATION,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        )

    @validated
    def get_organization_without_preload_content(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization you want to fetch.")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get Organization, returning the unread response."""
        return self.api_client.send(
            GET_ORGANIZATION,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        ).response

    @validated
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
    ) -> models.OrganizationUsageCount:
        """Get Organization Usage

        Fetch the current usage specification of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.OrganizationUsageCount] = self.api_client.execute(
            GET_ORGANIZATION_USAGE,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        )
        return response.data

    @validated
    def get_organization_usage_with_http_info(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization you want to fetch the usage of."),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.OrganizationUsageCount]:
        """Get Organization Usage, returning status, headers and data."""
        return self.api_client.execute(
            GET_ORGANIZATION_USAGE,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        )

    @validated
    def get_organization_usage_without_preload_content(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization you want to fetch the usage of."),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get Organization Usage, returning the unread response."""
        return self.api_client.send(
            GET_ORGANIZATION_USAGE,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        ).response

    @validated
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
    ) -> list[models.SlimUser]:
        """Get Organization Users

        Fetch the users of an organization by its id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[list[models.SlimUser]] = self.api_client.execute(
            GET_ORGANIZATION_USERS,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        )
        return response.data

    @validated
    def get_organization_users_with_http_info(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization you want to fetch the users of."),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[list[models.SlimUser]]:
        """Get Organization Users, returning status, headers and data."""
        return self.api_client.execute(
            GET_ORGANIZATION_USERS,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        )

    @validated
    def get_organization_users_without_preload_content(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization you want to fetch the users of."),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get Organization Users, returning the unread response."""
        return self.api_client.send(
            GET_ORGANIZATION_USERS,
            options,
            {"organization_id": organization_id, "tr_organization": tr_organization},
        ).response

    @validated
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
    ) -> None:
        """Update All Dataset Configurations

        Update the configurations for all datasets in an organization. Only the specified keys in the configuration object will be changed per dataset such that you can preserve dataset unique values. Auth'ed user or api key must have an owner role for the specified organization.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            UPDATE_ALL_ORG_DATASET_CONFIGS,
            options,
            {"tr_organization": tr_organization},
            body=update_all_org_dataset_configs_req_payload,
        )
        return response.data

    @validated
    def update_all_org_dataset_configs_with_http_info(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        update_all_org_dataset_configs_req_payload: Annotated[
            models.UpdateAllOrgDatasetConfigsReqPayload,
            Field(description="The organization data that you want to create"),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Update All Dataset Configurations, returning status, headers and data."""
        return self.api_client.execute(
            UPDATE_ALL_ORG_DATASET_CONFIGS,
            options,
            {"tr_organization": tr_organization},
            body=update_all_org_dataset_configs_req_payload,
        )

    @validated
    def update_all_org_dataset_configs_without_preload_content(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        update_all_org_dataset_configs_req_payload: Annotated[
            models.UpdateAllOrgDatasetConfigsReqPayload,
            Field(description="The organization data that you want to create"),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Update All Dataset Configurations, returning the unread response."""
        return self.api_client.send(
            UPDATE_ALL_ORG_DATASET_CONFIGS,
            options,
            {"tr_organization": tr_organization},
            body=update_all_org_dataset_configs_req_payload,
        ).response

    @validated
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
    ) -> models.Organization:
        """Update Organization

        Update an organization. Only the owner of the organization can update it.
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.Organization] = self.api_client.execute(
            UPDATE_ORGANIZATION,
            options,
            {"tr_organization": tr_organization},
            body=update_organization_req_payload,
        )
        return response.data

    @validated
    def update_organization_with_http_info(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        update_organization_req_payload: Annotated[
            models.UpdateOrganizationReqPayload,
            Field(description="The organization data that you want to update"),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.Organization]:
        """Update Organization, returning status, headers and data."""
        return self.api_client.execute(
            UPDATE_ORGANIZATION,
            options,
            {"tr_organization": tr_organization},
            body=update_organization_req_payload,
        )

    @validated
    def update_organization_without_preload_content(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        update_organization_req_payload: Annotated[
            models.UpdateOrganizationReqPayload,
            Field(description="The organization data that you want to update"),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Update Organization, returning the unread response."""
        return self.api_client.send(
            UPDATE_ORGANIZATION,
            options,
            {"tr_organization": tr_organization},
            body=update_organization_req_payload,
        ).response
