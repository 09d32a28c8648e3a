"""What each account's statements cover, and where they leave holes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.coverage import coverage_by_account, judged_as_of
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.importers.ofxgen import Line, statement_ofx


def _month(folder: Path, name: str, lines: list[Line], account: str = "000004321") -> Path:
    path = folder / name
    path.write_text(statement_ofx(lines, account=account), encoding="ascii")
    return path


def test_coverage_spans_the_statements_and_names_the_month_missing(
    store: Store, tmp_path: Path
) -> None:
    january = _month(
        tmp_path,
        "jan.qfx",
        [
            Line(date(2026, 1, 2), "-4.85", "STARBUCKS STORE 00123 SEATTLE WA", "J1"),
            Line(date(2026, 1, 30), "2150.00", "ACME CORP PAYROLL PPD ID: 9876", "J2"),
        ],
    )
    march = _month(tmp_path, "mar.qfx", [
        Line(date(2026, 3, 3), "-52.17", "SHELL OIL 57444 BELLEVUE WA", "M1"),
        Line(date(2026, 3, 31), "2150.00", "ACME CORP PAYROLL PPD ID: 9876", "M2"),
    ])  # fmt: skip
    result = import_files(store, [january, march])
    with store.read() as session:
        (covered,) = coverage_by_account(session).values()
    assert (covered.covered_from, covered.covered_until) == (date(2026, 1, 2), date(2026, 3, 31))
    assert covered.gaps == ((date(2026, 1, 31), date(2026, 3, 2)),)
    assert covered.last_import is not None
    assert judged_as_of(covered, date(2026, 11, 30)) == date(2026, 3, 31)
    assert judged_as_of(covered, date(2026, 2, 10)) == date(2026, 2, 10)

    undo_import(store, result.files[1].batch_id)  # type: ignore[arg-type]
    with store.read() as session:
        (covered,) = coverage_by_account(session).values()
    assert covered.covered_until == date(2026, 1, 30) and covered.gaps == ()
