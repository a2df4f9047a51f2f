"""The benchmark's machinery, with nothing timed: the sides it compares do the same work and
get the same answers, pairs alternate and a ratio is the median of the pairs' ratios, and the
targets are judged as benchmarks/README.md says. ``make bench`` itself is never run here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import urllib3
import urllib3.util.connection

import trieve_py_client
from benchmarks import instructions, report, run, search
from benchmarks.floor import ModelsClient, above_floor_row, floor_row
from benchmarks.harness import Paired, paired
from benchmarks.official_columns import official_row
from benchmarks.report import Row
from benchmarks.servers import BenchServer, local_server
from benchmarks.workloads import RawClient, SdkClient, make_ids

SDK_TIMEOUT = urllib3.Timeout(connect=5.0, read=60.0)


@pytest.fixture(scope="module")
def bench_server() -> Iterator[BenchServer]:
    with local_server("a test") as server:
        yield server


def test_the_sdk_and_its_floor_return_the_same_models(bench_server: BenchServer) -> None:
    sdk = SdkClient(trieve_py_client, bench_server.target)
    floor = ModelsClient(trieve_py_client, bench_server.target, timeout=SDK_TIMEOUT)
    raw = RawClient(bench_server.target)
    try:
        ids = make_ids(3)
        for client in (sdk, floor):
            minted: Any = client.set_user_api_key(ids)
            assert type(minted) is trieve_py_client.SetUserApiKeyResponse
            assert minted.api_key.startswith("tr-")
        listed: list[Any] = [sdk.get_user_api_keys(), floor.get_user_api_keys()]
        sdk_keys, floor_keys = (sorted(keys, key=lambda key: key.id) for keys in listed)
        assert sdk_keys == floor_keys
        sdk_keys = [key for key in sdk_keys if key.name == "k"]  # the two just minted
        assert len(sdk_keys) == 2
        raw_keys: Any = raw.get_user_api_keys()
        by_id = {key["id"]: key for key in raw_keys}
        assert [by_id[key.id]["dataset_ids"] for key in sdk_keys] == [ids, ids]
        for client in (sdk, floor, raw):
            client.update_user()
            client.delete_user_api_key()
    finally:
        bench_server.reset()
        for client in (sdk, floor, raw):
            client.close()
    assert [key for key in sdk.get_user_api_keys() if key.name == "k"] == []


def test_the_counted_calls_get_nginxs_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    # instructions.caller fakes the network for its process; here it is put back afterwards.
    monkeypatch.setattr(
        urllib3.util.connection, "create_connection", urllib3.util.connection.create_connection
    )
    minted: Any = instructions.caller("sdk", "set")()
    assert minted.api_key.startswith("tr-")
    assert len(instructions.caller("floor", "get")()) == 3  # type: ignore[arg-type]
    assert instructions.caller("sdk", "delete")() is None
    for kind in ("sdk", "floor"):
        answer: Any = instructions.caller(kind, "search")()
        assert len(answer.actual_instance.chunks) == search.RESULTS
    assert len(instructions.caller("raw", "search")()["chunks"]) == search.RESULTS  # type: ignore[index]


def test_pairs_alternate_which_side_goes_first() -> None:
    order: list[str] = []

    def side(name: str) -> Any:
        def batch() -> int:
            order.append(name)
            return 100

        return batch

    paired(side("sdk"), side("raw"), rounds=4, calls=1)
    # One untimed pair first, then ABBA.
    assert order == ["sdk", "raw", "sdk", "raw", "raw", "sdk", "sdk", "raw", "raw", "sdk"]


def test_a_ratio_is_the_median_of_the_pairs_ratios() -> None:
    # Ratios per pair 1.0, 3.0, 1.1: their median is 1.1, where the medians' ratio is 2.0.
    result = Paired(sdk=[100, 600, 110], raw=[100, 200, 100], calls=2)
    assert result.ratio == pytest.approx(1.1)
    assert result.sdk_per_call_us == pytest.approx(110 / 2 / 1000)


def test_growth_is_judged_by_the_worst_tenfold_step() -> None:
    linear = {100: 1.0, 1_000: 10.0, 10_000: 100.0}
    assert run.worst_step(linear) == pytest.approx(1.0)
    one_quadratic_step = {100: 1.0, 1_000: 10.0, 10_000: 1_000.0}
    assert run.worst_step(one_quadratic_step) == pytest.approx(10.0)


@pytest.mark.parametrize(("sdk_ns", "holds"), [(105, True), (106, False)])
def test_the_sdk_may_cost_five_percent_above_its_floor(sdk_ns: int, holds: bool) -> None:
    row = above_floor_row("mix", Paired([sdk_ns] * 3, [100] * 3, calls=1), "mix")
    assert row.holds is holds
    assert row.target == report.at_most(1.05)
    assert row.raw.endswith("(floor)")


@pytest.mark.parametrize(("sdk_ns", "holds"), [(105, True), (106, False)])
def test_threads_keep_at_least_095_of_the_floors_throughput(sdk_ns: int, holds: bool) -> None:
    # 100 ns against 105 ns a call: 0.952 of the floor's throughput.
    row = above_floor_row("16", Paired([sdk_ns] * 3, [100] * 3, calls=1), "", throughput=True)
    assert row.holds is holds
    assert row.ratio == report.times(100 / sdk_ns)


def test_the_floor_against_raw_has_no_target() -> None:
    row = floor_row("floor", Paired([300], [100], calls=1))
    assert row.holds is None
    assert row.target == ""


@pytest.mark.parametrize(("sdk_ratio", "holds"), [(1.10, True), (1.20, False)])
def test_the_official_client_is_judged_on_the_calls_both_have(
    sdk_ratio: float, holds: bool
) -> None:
    rows = [Row("mix of 3", "", "", "", key="mix3", value=sdk_ratio)]
    official = {"mix": 1.40, "mix_ops": ["set", "update", "delete"]}
    row = official_row(official, rows, "mix3")
    assert row is not None
    assert row.holds is holds
    assert row.ratio == report.times(1.40 / sdk_ratio)
    assert "set, update, delete" in row.case
    assert official_row(official, rows, "mix") is None  # not measured: not judged


def test_the_verdict_names_each_target_that_misses() -> None:
    limit = report.at_most(1.05)
    rows = [
        Row("a", "", "", report.times(1.06), limit, holds=False),
        Row("b", "", "", report.times(0.99), limit, holds=True),
        Row("c", "", "", report.times(1.0)),
    ]
    lines, all_hold = report.verdict(rows)
    assert not all_hold
    assert lines == ["1 of 2 targets MISS:", f"- a: {report.times(1.06)} (target {limit})"]
    assert report.verdict(rows[1:]) == (["All 1 targets hold."], True)
