"""The drop-in check: every operation our spec shares with the official trieve-py-client 0.11.8,
called by both clients with the same arguments, must send the same request, and both packages
must have the same public names, but for the differences official_differences allows.

The cases come from openapi.json (official_cases). The official client runs in its own venv
(``make official-venv``) and its own process, once per session with every case; ours runs the
same cases in this process. Both record their requests on a loopback server.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import official_cases
import official_driver
import official_surface
import pytest
from official_compare import Finding, compare_surface, compare_wire, operations_of
from official_differences import ALLOWED, Allowed

import trieve_py_client

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).resolve().parent / "official_child.py"
DOC = REPO / "docs" / "OfficialClientDifferences.md"


@dataclass(frozen=True)
class Comparison:
    spec_operations: set[str]
    cases: list[dict[str, Any]]
    ours: list[dict[str, Any]]
    official: list[dict[str, Any]]
    our_surface: dict[str, Any]
    official_surface: dict[str, Any]

    @property
    def official_operations(self) -> set[str]:
        return set(operations_of(self.official_surface))

    @property
    def compared(self) -> set[str]:
        return {case["operation"] for case in self.cases} & self.official_operations

    @property
    def whole(self) -> bool:
        return self.compared == self.official_operations

    def findings(self) -> list[Finding]:
        shared = [case["operation"] in self.official_operations for case in self.cases]
        ours = [result for result, keep in zip(self.ours, shared, strict=True) if keep]
        official = [result for result, keep in zip(self.official, shared, strict=True) if keep]
        return compare_wire(ours, official) + compare_surface(
            self.our_surface, self.official_surface
        )


def official_python() -> Path:
    subprocess.run(["make", "--no-print-directory", "-s", "official-venv"], cwd=REPO, check=True)
    return REPO / ".venv-official" / "bin" / "python"


@pytest.fixture(scope="session")
def comparison() -> Comparison:
    spec = json.loads((REPO / "openapi.json").read_text(encoding="utf-8"))
    cases = official_cases.build(spec, trieve_py_client)
    # PYTHONPATH is the tests' root only, for their support package: the caller's could put
    # our package ahead of the venv's.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO / "test")
    done = subprocess.run(
        [str(official_python()), str(CHILD)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    official = json.loads(done.stdout)
    return Comparison(
        spec_operations={
            op["operationId"] for item in spec["paths"].values() for op in item.values()
        },
        cases=cases,
        ours=official_driver.record(trieve_py_client, cases),
        official=official["results"],
        our_surface=official_surface.describe(trieve_py_client),
        official_surface=official["surface"],
    )


def test_every_operation_both_clients_have_is_compared(comparison: Comparison) -> None:
    shared = comparison.spec_operations & comparison.official_operations
    assert shared, "openapi.json shares no operation with the official client"
    assert comparison.compared == shared
    labels = {(case["operation"], case["id"].split()[1]) for case in comparison.cases}
    for operation in shared:
        assert {(operation, "minimal"), (operation, "full"), (operation, "options")} <= labels


def test_every_case_was_sent_by_us(comparison: Comparison) -> None:
    failed = [
        f"{result['id']}: {result['error']}"
        for result in comparison.ours
        if len(result["requests"]) != 1
    ]
    assert not failed, "\n".join(failed)


def test_requests_and_names_differ_only_as_allowed(comparison: Comparison) -> None:
    unexplained = [f for f in comparison.findings() if not any(a.allows(f) for a in ALLOWED)]
    assert not unexplained, "\n".join(map(str, unexplained))


def test_every_allowed_difference_occurs(comparison: Comparison) -> None:
    if not comparison.whole:
        pytest.skip(
            f"openapi.json holds {len(comparison.compared)} of the official client's "
            f"{len(comparison.official_operations)} operations; the differences of the others "
            "cannot occur"
        )
    findings = comparison.findings()
    unused = [a.key for a in ALLOWED if not any(a.allows(f) for f in findings)]
    assert not unused


def test_allowed_differences_match_what_they_should() -> None:
    geo = Allowed("wire * sent", "", ours="1 requests", official="0 requests; *GeoTypes*")
    assert geo.allows(Finding("wire x full sent", "1 requests", "0 requests; no GeoTypes ok"))
    assert not geo.allows(Finding("wire x full sent", "0 requests; error", "0 requests; GeoTypes"))
    # `[` and `.` are themselves, not a pattern's syntax.
    literal = Allowed("surface model * field * type", "", ours="Literal[*]", official="str")
    assert literal.allows(Finding("surface model M field f type", "Literal['a']", "str"))
    assert not literal.allows(Finding("surface model M field f type", "Literal", "str"))


ENTRY = re.compile(
    r"^- `(?P<key>[^`]+)`"
    r"(?: \((?:ours `(?P<ours>[^`]*)`)?(?:, )?(?:official `(?P<official>[^`]*)`)?\))?"
    r": (?P<reason>.+)$",
    re.MULTILINE,
)


def test_the_docs_list_the_allowed_differences() -> None:
    documented = [
        Allowed(m["key"], m["reason"], m["ours"] or "*", m["official"] or "*")
        for m in ENTRY.finditer(DOC.read_text(encoding="utf-8"))
    ]
    assert documented == list(ALLOWED)
