"""StripeApi: the operations of the `Stripe` tag of openapi.json.

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

CANCEL_SUBSCRIPTION = Operation(
    method="DELETE",
    path="/api/stripe/subscription/{subscription_id}",
    responses=lambda: {"200": None, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(
        Parameter("tr_organization", "header", "TR-Organization"),
        Parameter("subscription_id", "path", "subscription_id"),
    ),
    name="cancel_subscription",
)
CREATE_SETUP_CHECKOUT_SESSION = Operation(
    method="POST",
    path="/api/stripe/checkout/setup/{organization_id}",
    responses=lambda: {
        "200": models.CreateSetupCheckoutSessionResPayload,
        "400": models.ErrorResponseBody,
    },
    accept="application/json",
    auth=(),
    params=(Parameter("organization_id", "path", "organization_id"),),
    name="create_setup_checkout_session",
)
DIRECT_TO_PAYMENT_LINK = Operation(
    method="GET",
    path="/api/stripe/payment_link/{plan_id}/{organization_id}",
    responses=lambda: {"303": None, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=(),
    params=(
        Parameter("plan_id", "path", "plan_id"),
        Parameter("organization_id", "path", "organization_id"),
    ),
    name="direct_to_payment_link",
)
GET_ALL_INVOICES = Operation(
    method="GET",
    path="/api/stripe/invoices/{organization_id}",
    responses=lambda: {"200": list[models.StripeInvoice], "400": models.ErrorResponseBody},
    accept="application/json",
    auth=(),
    params=(Parameter("organization_id", "path", "organization_id"),),
    name="get_all_invoices",
)
GET_ALL_PLANS = Operation(
    method="GET",
    path="/api/stripe/plans",
    responses=lambda: {"200": list[models.StripePlan], "400": models.ErrorResponseBody},
    accept="application/json",
    auth=(),
    name="get_all_plans",
)
UPDATE_SUBSCRIPTION_PLAN = Operation(
    method="PATCH",
    path="/api/stripe/subscription_plan/{subscription_id}/{plan_id}",
    responses=lambda: {"200": None, "400": models.ErrorResponseBody},
    accept="application/json",
    auth=("ApiKey",),
    auth_headers={"ApiKey": "Authorization"},
    params=(
        Parameter("tr_organization", "header", "TR-Organization"),
        Parameter("subscription_id", "path", "subscription_id"),
        Parameter("plan_id", "path", "plan_id"),
    ),
    name="update_subscription_plan",
)


class StripeApi:
    """Stripe endpoint. Used for the managed SaaS version of this app. Eventually this will become a micro-service. Reach out to the team using contact info found at `docs.trieve.ai` for more information."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = ApiClient.get_default() if api_client is None else api_client

    @validated
    def cancel_subscription(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        subscription_id: Annotated[
            UuidParam, Field(description="id of the subscription you want to cancel")
        ],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel Subscription

        Cancel a subscription by its id
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            CANCEL_SUBSCRIPTION,
            options,
            {"subscription_id": subscription_id, "tr_organization": tr_organization},
        )
        return response.data

    @validated
    def cancel_subscription_with_http_info(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        subscription_id: Annotated[
            UuidParam, Field(description="id of the subscription you want to cancel")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Cancel Subscription, returning status, headers and data."""
        return self.api_client.execute(
            CANCEL_SUBSCRIPTION,
            options,
            {"subscription_id": subscription_id, "tr_organization": tr_organization},
        )

    @validated
    def cancel_subscription_without_preload_content(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        subscription_id: Annotated[
            UuidParam, Field(description="id of the subscription you want to cancel")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Cancel Subscription, returning the unread response."""
        return self.api_client.send(
            CANCEL_SUBSCRIPTION,
            options,
            {"subscription_id": subscription_id, "tr_organization": tr_organization},
        ).response

    @validated
    def create_setup_checkout_session(
        self,
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization to create setup checkout session for."),
        ],
        **options: Unpack[RequestOptions],
    ) -> models.CreateSetupCheckoutSessionResPayload:
        """Create checkout session setup

        Create a checkout session (setup)
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[models.CreateSetupCheckoutSessionResPayload] = (
            self.api_client.execute(
                CREATE_SETUP_CHECKOUT_SESSION, options, {"organization_id": organization_id}
            )
        )
        return response.data

    @validated
    def create_setup_checkout_session_with_http_info(
        self,
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization to create setup checkout session for."),
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[models.CreateSetupCheckoutSessionResPayload]:
        """Create checkout session setup, returning status, headers and data."""
        return self.api_client.execute(
            CREATE_SETUP_CHECKOUT_SESSION, options, {"organization_id": organization_id}
        )

    @validated
    def create_setup_checkout_session_without_preload_content(
        self,
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization to create setup checkout session for."),
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Create checkout session setup, returning the unread response."""
        return self.api_client.send(
            CREATE_SETUP_CHECKOUT_SESSION, options, {"organization_id": organization_id}
        ).response

    @validated
    def direct_to_payment_link(
        self,
        plan_id: Annotated[UuidParam, Field(description="id of the plan you want to subscribe to")],
        organization_id: Annotated[
            UuidParam, Field(description="id of the organization you want to subscribe to the plan")
        ],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Checkout

        Get a 303 SeeOther redirect link to the stripe checkout page for the plan and organization
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            DIRECT_TO_PAYMENT_LINK,
            options,
            {"plan_id": plan_id, "organization_id": organization_id},
        )
        return response.data

    @validated
    def direct_to_payment_link_with_http_info(
        self,
        plan_id: Annotated[UuidParam, Field(description="id of the plan you want to subscribe to")],
        organization_id: Annotated[
            UuidParam, Field(description="id of the organization you want to subscribe to the plan")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Checkout, returning status, headers and data."""
        return self.api_client.execute(
            DIRECT_TO_PAYMENT_LINK,
            options,
            {"plan_id": plan_id, "organization_id": organization_id},
        )

    @validated
    def direct_to_payment_link_without_preload_content(
        self,
        plan_id: Annotated[UuidParam, Field(description="id of the plan you want to subscribe to")],
        organization_id: Annotated[
            UuidParam, Field(description="id of the organization you want to subscribe to the plan")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Checkout, returning the unread response."""
        return self.api_client.send(
            DIRECT_TO_PAYMENT_LINK,
            options,
            {"plan_id": plan_id, "organization_id": organization_id},
        ).response

    @validated
    def get_all_invoices(
        self,
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization to get invoices for.")
        ],
        **options: Unpack[RequestOptions],
    ) -> list[models.StripeInvoice]:
        """Get All Invoices

        Get a list of all invoices
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[list[models.StripeInvoice]] = self.api_client.execute(
            GET_ALL_INVOICES, options, {"organization_id": organization_id}
        )
        return response.data

    @validated
    def get_all_invoices_with_http_info(
        self,
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization to get invoices for.")
        ],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[list[models.StripeInvoice]]:
        """Get All Invoices, returning status, headers and data."""
        return self.api_client.execute(
            GET_ALL_INVOICES, options, {"organization_id": organization_id}
        )

    @validated
    def get_all_invoices_without_preload_content(
        self,
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization to get invoices for.")
        ],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Get All Invoices, returning the unread response."""
        return self.api_client.send(
            GET_ALL_INVOICES, options, {"organization_id": organization_id}
        ).response

    @validated
    def get_all_plans(self, **options: Unpack[RequestOptions]) -> list[models.StripePlan]:
        """Get All Plans

        Get a list of all plans
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[list[models.StripePlan]] = self.api_client.execute(
            GET_ALL_PLANS, options
        )
        return response.data

    @validated
    def get_all_plans_with_http_info(
        self, **options: Unpack[RequestOptions]
    ) -> ApiResponse[list[models.StripePlan]]:
        """Get All Plans, returning status, headers and data."""
        return self.api_client.execute(GET_ALL_PLANS, options)

    @validated
    def get_all_plans_without_preload_content(
        self, **options: Unpack[RequestOptions]
    ) -> urllib3.BaseHTTPResponse:
        """Get All Plans, returning the unread response."""
        return self.api_client.send(GET_ALL_PLANS, options).response

    @validated
    def update_subscription_plan(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        subscription_id: Annotated[
            UuidParam, Field(description="id of the subscription you want to update")
        ],
        plan_id: Annotated[UuidParam, Field(description="id of the plan you want to subscribe to")],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update Subscription Plan

        Update a subscription to a new plan
        """
        # Validated by this method itself, once: a missing argument is pydantic's error here too.
        response: ApiResponse[None] = self.api_client.execute(
            UPDATE_SUBSCRIPTION_PLAN,
            options,
            {
                "subscription_id": subscription_id,
                "plan_id": plan_id,
                "tr_organization": tr_organization,
            },
        )
        return response.data

    @validated
    def update_subscription_plan_with_http_info(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        subscription_id: Annotated[
            UuidParam, Field(description="id of the subscription you want to update")
        ],
        plan_id: Annotated[UuidParam, Field(description="id of the plan you want to subscribe to")],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]:
        """Update Subscription Plan, returning status, headers and data."""
        return self.api_client.execute(
            UPDATE_SUBSCRIPTION_PLAN,
            options,
            {
                "subscription_id": subscription_id,
                "plan_id": plan_id,
                "tr_organization": tr_organization,
            },
        )

    @validated
    def update_subscription_plan_without_preload_content(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        subscription_id: Annotated[
            UuidParam, Field(description="id of the subscription you want to update")
        ],
        plan_id: Annotated[UuidParam, Field(description="id of the plan you want to subscribe to")],
        **options: Unpack[RequestOptions],
    ) -> urllib3.BaseHTTPResponse:
        """Update Subscription Plan, returning the unread response."""
        return self.api_client.send(
            UPDATE_SUBSCRIPTION_PLAN,
            options,
            {
                "subscription_id": subscription_id,
                "plan_id": plan_id,
                "tr_organization": tr_organization,
            },
        ).response
