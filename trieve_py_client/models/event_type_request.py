"""EventTypeRequest: generated from the schema of the same name in openapi.json."""

from enum import Enum


class EventTypeRequest(str, Enum):
    """One of the values the API allows."""

    FILE_UPLOADED = "file_uploaded"
    FILE_UPLOAD_FAILED = "file_upload_failed"
    CHUNKS_UPLOADED = "chunks_uploaded"
    CHUNK_ACTION_FAILED = "chunk_action_failed"
    CHUNK_UPDATED = "chunk_updated"
    BULK_CHUNKS_DELETED = "bulk_chunks_deleted"
    DATASET_DELETE_FAILED = "dataset_delete_failed"
    QDRANT_UPLOAD_FAILED = "qdrant_upload_failed"
    BULK_CHUNK_UPLOAD_FAILED = "bulk_chunk_upload_failed"
    GROUP_CHUNKS_UPDATED = "group_chunks_updated"
    GROUP_CHUNKS_ACTION_FAILED = "group_chunks_action_failed"
