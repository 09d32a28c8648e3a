"""A QIF download that stopped before its end is refused at the line where it stops, with
nothing written, so downloading it again whole adds each line once; a last record only
missing its ``^`` (exporters leave it out) is read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finapp.services.imports import import_files
from tests.importers.helpers import counts, rows

WHOLE = (
    "!Type:Bank\n"
    "D01/03/2026\nT-4.50\nPSTARBUCKS #1234\n^\n"
    "D01/04/2026\nT-62.10\nPSHELL OIL\n^\n"
    "D01/05/2026\nT2,500.00\nPACME PAYROLL\n^\n"
)
CUT_FROM = "D01/04/2026\nT-62.10\nPSHELL OIL"


@pytest.mark.parametrize(
    ("kept", "line"),
    [
        pytest.param("D01/04/2026\nT-62.10\nPSHE", 8, id="inside the payee"),
        pytest.param("D01/04/2026\nT-62.10\n", 7, id="after the amount"),
        pytest.param("D01/04/2026\nT-62.1", 7, id="inside the amount"),
    ],
)
def test_a_qif_cut_inside_its_last_record_is_refused_and_the_whole_one_adds_each_line_once(
    store, write, kept, line
) -> None:
    cut = WHOLE[: WHOLE.index(CUT_FROM)] + kept
    result = import_files(store, [write("checking.qif", cut)]).files[0]
    assert result.error is not None
    assert f"checking.qif, line {line}: the file ends inside this record" in result.error
    assert counts(store) == (0, 0, 0)
    again = import_files(store, [write("checking.qif", WHOLE)]).files[0]
    assert (again.error, again.new) == (None, 3)
    assert [payee for _, _, payee, _ in rows(store)] == [
        "STARBUCKS #1234",
        "SHELL OIL",
        "ACME PAYROLL",
    ]


def test_a_cut_record_is_left_out_and_listed_when_asked(store, write) -> None:
    cut = WHOLE[: WHOLE.index(CUT_FROM)] + "D01/04/2026\nT-62.10\nPSHE"
    result = import_files(store, [write("checking.qif", cut)], skip_bad_rows=True).files[0]
    assert (result.error, result.new, [s.line for s in result.skipped]) == (None, 1, [8])


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_last_record_whole_but_for_its_caret_is_read(store, write, end) -> None:
    text = WHOLE.removesuffix("^\n").replace("\n", end)
    result = import_files(store, [write("checking.qif", text)]).files[0]
    assert (result.error, result.new) == (None, 3)
    assert rows(store)[-1][1:3] == (Decimal("2500.00"), "ACME PAYROLL")
