"""ConditionType: generated from the schema of the same name in openapi.json."""

from trieve_py_client._unions import OneOfModel
from trieve_py_client.models.field_condition import FieldCondition
from trieve_py_client.models.has_id_condition import HasIDCondition


class ConditionType(OneOfModel[FieldCondition | HasIDCondition]):
    """One of several shapes.

    The value is `actual_instance`.
    """
