"""The CLI's JSON and tables: written whole, and exactly what they were when written piece by piece.

``print_json`` encodes with orjson; the reference here is the former path, ``json.dump`` of the
former ``jsonable`` walk, kept in this file so any drift in bytes shows.
"""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finapp.cli.output import jsonable, print_json, print_table


def _former_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _former_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _former_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_former_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _former_print_json(value: Any) -> str:
    out = io.StringIO()
    json.dump(_former_jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return out.getvalue()


def _printed(fn: Any, *args: Any) -> str:
    out = io.StringIO()
    stdout, sys.stdout = sys.stdout, out
    try:
        fn(*args)
    finally:
        sys.stdout = stdout
    return out.getvalue()


class Kind(StrEnum):
    CARD = "card"


class Level(IntEnum):
    HIGH = 3


@dataclasses.dataclass(frozen=True, slots=True)
class Line:
    amount: Decimal
    day: date
    payee: str
    extra: Any = None


@dataclasses.dataclass
class Loose:
    seconds: float
    kind: Kind
    level: Level
    when: datetime


_leaves_but_floats = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.decimals(allow_nan=False, allow_infinity=False, places=2),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.just(UTC)),
    st.text(),
    st.sampled_from([Kind.CARD, Level.HIGH, "a\u2028b", "\x00\x1f\x7f", 'q"\\', "中国铁路12306"]),
)
_leaves = st.one_of(_leaves_but_floats, st.floats(allow_nan=True, allow_infinity=True))


def _nested(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.lists(children, max_size=5),
        st.tuples(children, children),
        st.dictionaries(st.one_of(st.text(), st.integers(), st.dates()), children, max_size=5),
        st.builds(Line, st.decimals(allow_nan=False, places=2), st.dates(), st.text(), children),
    )


@settings(max_examples=400, deadline=None)
@given(st.recursive(_leaves, _nested, max_leaves=30))
def test_json_is_byte_for_byte_what_json_dump_wrote(value: Any) -> None:
    assert _printed(print_json, value) == _former_print_json(value)


@settings(max_examples=400, deadline=None)
@given(st.recursive(_leaves_but_floats, _nested, max_leaves=30))
def test_json_without_floats_is_byte_for_byte_what_json_dump_wrote(value: Any) -> None:
    assert _printed(lambda v: print_json(v, floats=False), value) == _former_print_json(value)


@pytest.mark.parametrize(
    "value",
    [
        [],
        {},
        Loose(1.2e-05, Kind.CARD, Level.HIGH, datetime(2024, 5, 1, 8, 30, 15, 999)),
        [float("nan"), float("-inf"), 1e16, 5e-324, -0.0],
        {"big": 2**64, "small": -(2**63) - 1},  # past orjson's 64 bits: written by json
        [
            {"id": i, "amount": Decimal(f"-{i}.05"), "day": date(2020, 1, 1) + timedelta(i)}
            for i in range(300)
        ],
    ],
)
def test_json_edge_values(value: Any) -> None:
    assert _printed(print_json, value) == _former_print_json(value)


def test_json_refuses_what_it_refused() -> None:
    """An unpaired surrogate cannot be UTF-8; it fails as before rather than being altered."""
    with pytest.raises(UnicodeEncodeError):
        _former_print_json(["\ud800"]).encode("utf-8")
    with pytest.raises(UnicodeEncodeError):
        _printed(print_json, ["\ud800"]).encode("utf-8")
    with pytest.raises(TypeError):
        _printed(print_json, [object()])


def test_jsonable_gives_plain_values() -> None:
    value = Loose(0.5, Kind.CARD, Level.HIGH, datetime(2024, 5, 1, 8, 30, 15))
    assert jsonable([value, (Decimal("1.50"), date(2024, 1, 2))]) == [
        {"seconds": 0.5, "kind": Kind.CARD, "level": Level.HIGH, "when": "2024-05-01T08:30:15"},
        ["1.50", "2024-01-02"],
    ]


def _former_print_table(headers: list[str], rows: list[list[str]]) -> str:
    """The table as it was printed line by line (the same layout rules)."""
    widths = [max(len(c) for c in col) for col in zip(headers, *rows, strict=True)]
    numeric = []
    for i in range(len(headers)):
        cells = [row[i] for row in rows if row[i]]
        ok = bool(rows)
        for cell in cells:
            try:
                Decimal(cell)
            except ArithmeticError:
                ok = False
        numeric.append(ok)

    def fmt(row: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if n else c.ljust(w) for c, w, n in zip(row, widths, numeric, strict=True)
        ).rstrip()

    lines = [fmt(headers), "  ".join("-" * w for w in widths), *(fmt(r) for r in rows)]
    return "".join(line + "\n" for line in lines)


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [["1", "2024-01-01", "-12.50", "NETFLIX.COM 12"], ["22", "2024-01-02", "3.00", ""]],
        [[str(i), "2024-02-01", f"{-i}.99", f"WHOLEFDS MKT #{i:05d} 55"] for i in range(500)],
    ],
)
def test_table_is_what_it_was(rows: list[list[str]]) -> None:
    headers = ["id", "date", "amount", "payee"]
    assert _printed(print_table, headers, rows) == _former_print_table(headers, rows)


def test_a_chinese_name_keeps_the_columns_after_it_in_line() -> None:
    """A terminal gives each Chinese character two columns: "ABC 农业银行" takes twelve, and
    the currency after it starts where the other rows' do."""
    headers = ["account", "currency", "balance"]
    rows = [["ABC 农业银行", "CNY", "3240.28"], ["BMO", "CAD", "-12.50"], ["招商银行", "CNY", ""]]
    assert _printed(print_table, headers, rows) == (
        "account       currency  balance\n"
        "------------  --------  -------\n"
        "ABC 农业银行  CNY       3240.28\n"
        "BMO           CAD        -12.50\n"
        "招商银行      CNY\n"
    )


@pytest.mark.parametrize(
    "value",
    [
        {"big": 2**64, 3: "not a text key", "day": date(2024, 1, 2)},  # written by json
        [Line(Decimal("-1.50"), date(2024, 1, 2), "WHOLEFDS MKT #10234 55", datetime(2024, 1, 2))],
        (Kind.CARD, Level.HIGH, ["\u2028"]),
    ],
)
def test_json_without_floats_edge_values(value: Any) -> None:
    assert _printed(lambda v: print_json(v, floats=False), value) == _former_print_json(value)
