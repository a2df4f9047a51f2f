"""The body reader's serde_json texts and positions, case by case (no server needed)."""

from __future__ import annotations

import pytest

from trieve_py_client.testing._validate import BodyError, decode_api_key_request


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (
            b'{"name": "n", "role": -1e5}',
            "invalid type: floating point `-100000.0`, expected i32 at line 1 column 26",
        ),
        (b'{"name": "n", "role": 01}', "invalid number at line 1 column 24"),
        (b'{"name": "n", "role": -}', "invalid number at line 1 column 24"),
        (b'{"name": "n", "role": 1.}', "invalid number at line 1 column 25"),
        (b'{"name": "n", "role": 1e}', "invalid number at line 1 column 25"),
        (b'{"name": "n", "role": 1e999}', "number out of range at line 1 column 27"),
        (
            b'{"name": "n", "role": 99999999999999999999}',
            "invalid type: floating point `100000000000000000000.0`,"
            " expected i32 at line 1 column 42",
        ),
        (b'{"name": "\\x", "role": 0}', "invalid escape at line 1 column 12"),
        (b'{"name": "\\uzzzz", "role": 0}', "invalid escape at line 1 column 16"),
        (
            b'{"name": "\\udc00", "role": 0}',
            "lone leading surrogate in hex escape at line 1 column 16",
        ),
        (
            b'{"name": "\\ud800\\u0041", "role": 0}',
            "lone leading surrogate in hex escape at line 1 column 22",
        ),
        (
            b'{"name": "a\x01", "role": 0}',
            "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 12",
        ),
        (b'{"name": "\xff", "role": 0}', "invalid unicode code point at line 1 column 12"),
        (b'{"name" 1}', "expected `:` at line 1 column 9"),
        (b'{"name": "n" "role": 0}', "expected `,` or `}` at line 1 column 14"),
        (b'{"name": "n",}', "trailing comma at line 1 column 14"),
        (b"{1: 2}", "key must be a string at line 1 column 2"),
        (b"{", "EOF while parsing an object at line 1 column 1"),
        (b'{"name"', "EOF while parsing an object at line 1 column 7"),
        (b'{"name": "n", "role": 0, "x": [1 2]}', "expected `,` or `]` at line 1 column 34"),
        (b'{"name": "n", "role": 0, "x": [1,]}', "trailing comma at line 1 column 34"),
        (b'{"name": "n", "role": 0, "x": {"a" 1}}', "expected `:` at line 1 column 36"),
        (b'{"name": "n", "role": 0, "x": {"a": 1,}}', "trailing comma at line 1 column 39"),
        (b'{"name": "n", "role": 0, "x": [', "EOF while parsing a value at line 1 column 31"),
        (b'{"name": "n", "role": 0, "x": {', "EOF while parsing an object at line 1 column 31"),
        (b'{"name": "n", "role": 0, "x": ?}', "expected value at line 1 column 31"),
        (b'{"name": "n", "role": 0, "x": [tru]}', "expected ident at line 1 column 35"),
        (b'["n", 0, null, null, null, 5]', "trailing characters at line 1 column 28"),
        (b'["n", 0, null, null, null,]', "trailing comma at line 1 column 27"),
        (b'["n" 0]', "expected `,` or `]` at line 1 column 6"),
        (b'["n",]', "trailing comma at line 1 column 6"),
        (b"[", "EOF while parsing a list at line 1 column 1"),
        (
            b'{"name": [], "role": 0}',
            "invalid type: sequence, expected a string at line 1 column 9",
        ),
        (b'{"name": {}, "role": 0}', "invalid type: map, expected a string at line 1 column 9"),
        (
            b'{"name": true, "role": 0}',
            "invalid type: boolean `true`, expected a string at line 1 column 13",
        ),
        (
            b'{"name": "n", "role": 0, "dataset_ids": [1]}',
            "invalid type: integer `1`, expected a UUID string at line 1 column 42",
        ),
        (
            b'{"name": "n", "role": 0, "dataset_ids": ["0b8a2a35-5d3e-4c1e-9a43"]}',
            "UUID parsing failed: invalid group count: expected 5, found 4 at line 1 column 66",
        ),
        (
            b'{"name": "n", "role": 0, "dataset_ids": ["0b8a2a355-d3e-4c1e-9a43-8f0e2d1c9b7a"]}',
            "UUID parsing failed: invalid group length in group"
            " 0: expected 8, found 9 at line 1 column 79",
        ),
        (
            b'{"name": "n", "role": 0, "dataset_ids": ["0b8a2a35"]}',
            "UUID parsing failed: invalid length: expected length"
            " 32 for simple format, found 8 at line 1 column 51",
        ),
        (
            b'{"name": "n", "role": 0, "dataset_ids": ["\xc3\xa9"]}',
            "UUID parsing failed: invalid character: expected an optional prefix of `urn:uuid:`"
            " followed by [0-9a-fA-F-], found `é` at 1 at line 1 column 45",
        ),
        (
            b'{"name": "n", "role": 0, "dataset_ids": [null]}',
            "invalid type: null, expected a UUID string at line 1 column 45",
        ),
        (
            b'{"name": "n", "role": -2147483649}',
            "invalid value: integer `-2147483649`, expected i32 at line 1 column 33",
        ),
        (
            b'{"name":\n "n",\n "role": "x"}',
            'invalid type: string "x", expected i32 at line 3 column 12',
        ),
        (b"x", "expected value at line 1 column 1"),
        (b'{"name": "n", "role": nul}', "expected ident at line 1 column 26"),
        (
            b'{"name": "n", "role": -0.0}',
            "invalid type: floating point `-0.0`, expected i32 at line 1 column 26",
        ),
    ],
)
def test_serde_json_messages(body: bytes, detail: str) -> None:
    with pytest.raises(BodyError) as raised:
        decode_api_key_request(body)
    assert f"*Message* : Json deserialize error: {detail} | " in raised.value.message


def test_escapes_and_surrogate_pairs_are_read() -> None:
    body = b'{"name": "\\ud83d\\ude00\\n\\/\\t", "role": 0, "scopes": ["a"]}'
    assert decode_api_key_request(body).name == "\U0001f600\n/\t"
