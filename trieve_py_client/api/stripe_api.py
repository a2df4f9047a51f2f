"""StripeApi: the operations of the `Stripe` tag of openapi.json (see `trieve_py_client._api_methods`)."""

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


class StripeApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """Stripe endpoint. Used for the managed SaaS version of this app. Eventually this will become a micro-service. Reach out to the team using contact info found at `docs.trieve.ai` for more information."""

    @operation(
        "DELETE /api/stripe/subscription/{subscription_id}",
        lambda: {"200": None, "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
    def cancel_subscription(
        self,
        tr_organization: Annotated[
            StrictStr, Field(description="The organization id to use for the request")
        ],
        subscription_id: Annotated[
            UuidParam, Field(description="id of the subscription you want to cancel")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Cancel Subscription

        Cancel a subscription by its id
        """
        return Call(
            (options, {"subscription_id": subscription_id, "tr_organization": tr_organization})
        )

    cancel_subscription_with_http_info = cancel_subscription.with_http_info
    cancel_subscription_without_preload_content = cancel_subscription.without_preload_content

    @operation(
        "POST /api/stripe/checkout/setup/{organization_id}",
        lambda: {
            "200": models.CreateSetupCheckoutSessionResPayload,
            "400": models.ErrorResponseBody,
        },
        auth=(),
    )
    def create_setup_checkout_session(
        self,
        organization_id: Annotated[
            UuidParam,
            Field(description="The id of the organization to create setup checkout session for."),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.CreateSetupCheckoutSessionResPayload]]:
        """Create checkout session setup

        Create a checkout session (setup)
        """
        return Call((options, {"organization_id": organization_id}))

    create_setup_checkout_session_with_http_info = create_setup_checkout_session.with_http_info
    create_setup_checkout_session_without_preload_content = (
        create_setup_checkout_session.without_preload_content
    )

    @operation(
        "GET /api/stripe/payment_link/{plan_id}/{organization_id}",
        lambda: {"303": None, "400": models.ErrorResponseBody},
        auth=(),
    )
    def direct_to_payment_link(
        self,
        plan_id: Annotated[UuidParam, Field(description="id of the plan you want to subscribe to")],
        organization_id: Annotated[
            UuidParam, Field(description="id of the organization you want to subscribe to the plan")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Checkout

        Get a 303 SeeOther redirect link to the stripe checkout page for the plan and organization
        """
        return Call((options, {"plan_id": plan_id, "organization_id": organization_id}))

    direct_to_payment_link_with_http_info = direct_to_payment_link.with_http_info
    direct_to_payment_link_without_preload_content = direct_to_payment_link.without_preload_content

    @operation(
        "GET /api/stripe/invoices/{organization_id}",
        lambda: {"200": list[models.StripeInvoice], "400": models.ErrorResponseBody},
        auth=(),
    )
    def get_all_invoices(
        self,
        organization_id: Annotated[
            UuidParam, Field(description="The id of the organization to get invoices for.")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.StripeInvoice]]]:
        """Get All Invoices

        Get a list of all invoices
        """
        return Call((options, {"organization_id": organization_id}))

    get_all_invoices_with_http_info = get_all_invoices.with_http_info
    get_all_invoices_without_preload_content = get_all_invoices.without_preload_content

    @operation(
        "GET /api/stripe/plans",
        lambda: {"200": list[models.StripePlan], "400": models.ErrorResponseBody},
        auth=(),
    )
    def get_all_plans(
        self, **options: Unpack[RequestOptions]
    ) -> Call[ApiResponse[list[models.StripePlan]]]:
        """Get All Plans

        Get a list of all plans
        """
        return Call((options, None))

    get_all_plans_with_http_info = get_all_plans.with_http_info
    get_all_plans_without_preload_content = get_all_plans.without_preload_content

    @operation(
        "PATCH /api/stripe/subscription_plan/{subscription_id}/{plan_id}",
        lambda: {"200": None, "400": models.ErrorResponseBody},
        headers={"tr_organization": "TR-Organization"},
    )
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
    ) -> Call[ApiResponse[None]]:
        """Update Subscription Plan

        Update a subscription to a new plan
        """
        return Call(
            (
                options,
                {
                    "subscription_id": subscription_id,
                    "plan_id": plan_id,
                    "tr_organization": tr_organization,
                },
            )
        )

    update_subscription_plan_with_http_info = update_subscription_plan.with_http_info
    update_subscription_plan_without_preload_content = (
        update_subscription_plan.without_preload_content
    )
