"""DatasetConfigurationDTO: generated from the schema of the same name in openapi.json."""

from typing import Annotated

from annotated_types import Ge
from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from trieve_py_client._models import Int64, SentModel
from trieve_py_client.models.distance_metric import DistanceMetric


class DatasetConfigurationDTO(SentModel):
    """Lets you specify the configuration for a dataset"""

    bm25_avg_len: StrictFloat | StrictInt | None = Field(
        default=None,
        alias="BM25_AVG_LEN",
        description="The average length of the chunks in the index for BM25",
    )
    bm25_b: StrictFloat | StrictInt | None = Field(
        default=None, alias="BM25_B", description="The BM25 B parameter"
    )
    bm25_enabled: StrictBool | None = Field(
        default=None, alias="BM25_ENABLED", description="Whether to use BM25"
    )
    bm25_k: StrictFloat | StrictInt | None = Field(
        default=None, alias="BM25_K", description="The BM25 K parameter"
    )
    distance_metric: DistanceMetric | None = Field(default=None, alias="DISTANCE_METRIC")
    embedding_base_url: StrictStr | None = Field(
        default=None, alias="EMBEDDING_BASE_URL", description="The base URL for the embedding API"
    )
    embedding_model_name: StrictStr | None = Field(
        default=None,
        alias="EMBEDDING_MODEL_NAME",
        description="The name of the embedding model to use",
    )
    embedding_query_prefix: StrictStr | None = Field(
        default=None,
        alias="EMBEDDING_QUERY_PREFIX",
        description="The prefix to use for the embedding query",
    )
    embedding_size: Annotated[StrictInt, Ge(0)] | None = Field(
        default=None, alias="EMBEDDING_SIZE", description="The size of the embeddings"
    )
    frequency_penalty: StrictFloat | StrictInt | None = Field(
        default=None, alias="FREQUENCY_PENALTY", description="The frequency penalty to use"
    )
    fulltext_enabled: StrictBool | None = Field(
        default=None, alias="FULLTEXT_ENABLED", description="Whether to use fulltext search"
    )
    indexed_only: StrictBool | None = Field(
        default=None, alias="INDEXED_ONLY", description="Whether to only use indexed chunks"
    )
    llm_base_url: StrictStr | None = Field(
        default=None, alias="LLM_BASE_URL", description="The base URL for the LLM API"
    )
    llm_default_model: StrictStr | None = Field(
        default=None, alias="LLM_DEFAULT_MODEL", description="The default model to use for the LLM"
    )
    locked: StrictBool | None = Field(
        default=None,
        alias="LOCKED",
        description="Whether the dataset is locked to prevent changes or deletion",
    )
    max_limit: Annotated[Int64, Ge(0)] | None = Field(
        default=None,
        alias="MAX_LIMIT",
        description="The maximum limit for the number of chunks for counting",
    )
    max_tokens: Annotated[Int64, Ge(0)] | None = Field(
        default=None,
        alias="MAX_TOKENS",
        description="The maximum number of tokens to use in LLM Response",
    )
    message_to_query_prompt: StrictStr | None = Field(
        default=None,
        alias="MESSAGE_TO_QUERY_PROMPT",
        description="The prompt to use for converting a message to a query",
    )
    n_retrievals_to_include: Annotated[StrictInt, Ge(0)] | None = Field(
        default=None,
        alias="N_RETRIEVALS_TO_INCLUDE",
        description="The number of retrievals to include with the RAG model",
    )
    presence_penalty: StrictFloat | StrictInt | None = Field(
        default=None, alias="PRESENCE_PENALTY", description="The presence penalty to use"
    )
    rag_prompt: StrictStr | None = Field(
        default=None, alias="RAG_PROMPT", description="The prompt to use for the RAG model"
    )
    reranker_base_url: StrictStr | None = Field(
        default=None, alias="RERANKER_BASE_URL", description="The base URL for the reranker API"
    )
    semantic_enabled: StrictBool | None = Field(
        default=None, alias="SEMANTIC_ENABLED", description="Whether to use semantic search"
    )
    stop_tokens: list[StrictStr] | None = Field(
        default=None, alias="STOP_TOKENS", description="The stop tokens to use"
    )
    system_prompt: StrictStr | None = Field(
        default=None, alias="SYSTEM_PROMPT", description="The system prompt to use for the LLM"
    )
    temperature: StrictFloat | StrictInt | None = Field(
        default=None, alias="TEMPERATURE", description="The temperature to use"
    )
    use_message_to_query_prompt: StrictBool | None = Field(
        default=None,
        alias="USE_MESSAGE_TO_QUERY_PROMPT",
        description="Whether to use the message to query prompt",
    )
