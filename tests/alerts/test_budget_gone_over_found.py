"""A month's statements downloaded after it ended: the budget alert, which judges the month it
runs in, never looks at it, so what the import found in the history says the budget was gone
over. Once: the next download of that month, or of the next, tells it no more."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.history_findings import Part
from finapp.core.history_sentences import english_lines
from finapp.services.budgets import set_budget
from finapp.services.history_findings import history_findings
from finapp.services.imports import import_files
from finapp.store.engine import Store

TODAY = date(2026, 12, 7)
HEADER = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
OCTOBER = (
    HEADER
    + """\
10/28/2026,10/29/2026,WHOLEFDS MKT #10234,Groceries,Sale,-121.40,
10/14/2026,10/15/2026,TRADER JOE S #552,Groceries,Sale,-98.15,
10/03/2026,10/04/2026,WHOLEFDS MKT #10234,Groceries,Sale,-80.45,
"""
)
NOVEMBER = (
    HEADER
    + """\
11/27/2026,11/28/2026,WHOLEFDS MKT #10234,Groceries,Sale,-112.88,
11/21/2026,11/23/2026,BEST BUY 00012345,Shopping,Sale,-89.99,
11/14/2026,11/15/2026,TRADER JOE S #552,Groceries,Sale,-160.00,
11/02/2026,11/03/2026,WHOLEFDS MKT #10234,Groceries,Sale,-150.00,
"""
)
#: the next download: November's lines again and December's first
DECEMBER = NOVEMBER.replace(HEADER, HEADER + "12/03/2026,12/04/2026,WHOLEFDS MKT #10234,"
                            "Groceries,Sale,-64.10,\n")  # fmt: skip


def _found(store: Store, path: Path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    result = import_files(store, [path])
    return english_lines(history_findings(store, result, TODAY))


def test_a_month_taken_over_its_budget_by_a_late_download_is_told_once(
    store: Store, tmp_path: Path
) -> None:
    set_budget(store, "Food:Groceries", Decimal("400"), today=date(2026, 10, 2))
    assert "Budgets you went over:" not in _found(store, tmp_path / "Chase1234_a.CSV", OCTOBER)

    lines = _found(store, tmp_path / "Chase1234_b.CSV", NOVEMBER)
    over = lines[lines.index("  Budgets you went over:") + 1 :]
    assert over == [
        "    Food:Groceries in November 2026: 422.88 USD spent of a budget of 400.00 USD (105%)."
    ]
    assert _found(store, tmp_path / "Chase1234_c.CSV", NOVEMBER) == []  # nothing new
    assert "  Budgets you went over:" not in _found(store, tmp_path / "Chase1234_d.CSV", DECEMBER)


def test_a_month_before_the_budget_was_set_is_not_judged_by_it(
    store: Store, tmp_path: Path
) -> None:
    set_budget(store, "Food:Groceries", Decimal("400"), today=TODAY)
    path = tmp_path / "Chase1234_b.CSV"
    path.write_text(NOVEMBER, encoding="utf-8")
    parts = history_findings(store, import_files(store, [path]), TODAY)
    assert Part.OVER_BUDGET not in [p.part for p in parts]
