"""FileApi: the operations of the `File` tag of openapi.json (see `trieve_py_client._api_methods`)."""

from __future__ import annotations

from typing import Annotated

from annotated_types import Ge
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


class FileApi(ApiBase, security_schemes={"ApiKey": "Authorization", "X-API-KEY": "X-API-KEY"}):
    """File endpoint. When files are uploaded, they are stored in S3 and broken up into chunks with text extraction from Apache Tika. You can upload files of pretty much any type up to 1GB in size. See chunking algorithm details at `docs.trieve.ai` for more information on how chunking works. Improved default chunking is on our roadmap."""

    @operation(
        "DELETE /api/file/{file_id}",
        lambda: {"204": None, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def delete_file_handler(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        file_id: Annotated[UuidParam, Field(description="The id of the file to delete")],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[None]]:
        """Delete File

        Delete a file from S3 attached to the server based on its id. This will disassociate chunks from the file, but only delete them all together if you specify delete_chunks to be true. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
        """
        return Call((options, {"file_id": file_id, "tr_dataset": tr_dataset}))

    delete_file_handler_with_http_info = delete_file_handler.with_http_info
    delete_file_handler_without_preload_content = delete_file_handler.without_preload_content

    @operation(
        "GET /api/dataset/files/{dataset_id}/{page}",
        lambda: {"200": list[models.File], "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def get_dataset_files_handler(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        dataset_id: Annotated[
            UuidParam, Field(description="The id of the dataset to fetch files for.")
        ],
        page: Annotated[
            Annotated[Int64, Ge(0)],
            Field(
                description="The page number of files you wish to fetch. Each page contains at most 10 files."
            ),
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[list[models.File]]]:
        """Get Files for Dataset

        Get all files which belong to a given dataset specified by the dataset_id parameter. 10 files are returned per page.
        """
        return Call((options, {"dataset_id": dataset_id, "page": page, "tr_dataset": tr_dataset}))

    get_dataset_files_handler_with_http_info = get_dataset_files_handler.with_http_info
    get_dataset_files_handler_without_preload_content = (
        get_dataset_files_handler.without_preload_content
    )
    get_dataset_files_handler_pages = get_dataset_files_handler.paged(
        PageStyle("page", "page", "path")
    )

    @operation(
        "GET /api/file/{file_id}",
        lambda: {
            "200": models.FileDTO,
            "400": models.ErrorResponseBody,
            "404": models.ErrorResponseBody,
        },
        headers={"tr_dataset": "TR-Dataset"},
    )
    def get_file_handler(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        file_id: Annotated[UuidParam, Field(description="The id of the file to fetch")],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.FileDTO]]:
        """Get File

        Download a file based on its id.
        """
        return Call((options, {"file_id": file_id, "tr_dataset": tr_dataset}))

    get_file_handler_with_http_info = get_file_handler.with_http_info
    get_file_handler_without_preload_content = get_file_handler.without_preload_content

    @operation(
        "POST /api/file",
        lambda: {"200": models.UploadFileResult, "400": models.ErrorResponseBody},
        headers={"tr_dataset": "TR-Dataset"},
    )
    def upload_file_handler(
        self,
        tr_dataset: Annotated[
            StrictStr,
            Field(
                description="The dataset id or tracking_id to use for the request. We assume you intend to use an id if the value is a valid uuid."
            ),
        ],
        upload_file_req_payload: Annotated[
            models.UploadFileReqPayload, Field(description="JSON request payload to upload a file")
        ],
        **options: Unpack[RequestOptions],
    ) -> Call[ApiResponse[models.UploadFileResult]]:
        """Upload File

        Upload a file to S3 attached to the server. The file will be converted to HTML with tika and chunked algorithmically, images will be OCR'ed with tesseract. The resulting chunks will be indexed and searchable. Optionally, you can only upload the file and manually create chunks associated to the file after. See docs.trieve.ai and/or contact us for more details and tips. Auth'ed user must be an admin or owner of the dataset's organization to upload a file.
        """
        return Call((options, {"tr_dataset": tr_dataset}, upload_file_req_payload))

    upload_file_handler_with_http_info = upload_file_handler.with_http_info
    upload_file_handler_without_preload_content = upload_file_handler.without_preload_content
