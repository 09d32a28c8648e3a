"""The desktop app's check: alerts handed over once, with what the check changed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.services.budgets import set_budget
from finapp.services.changes import Kind
from finapp.services.imports import import_files
from finapp.services.notifications import run_check
from tests.importers.ofxgen import Line, statement_ofx


def test_the_check_hands_over_new_alerts_once_and_says_what_changed(store, tmp_path) -> None:
    set_budget(store, "Food:Groceries", Decimal("100"))
    lines = [Line(date(2026, 3, 2), "-130.00", "WHOLEFDS MKT #10234", "A1")]
    statement = tmp_path / "march.ofx"
    statement.write_text(statement_ofx(lines), encoding="ascii")
    import_files(store, [statement])

    first = run_check(store, date(2026, 3, 20))
    assert first.notes and first.changes.touches({Kind.ALERTS})
    assert first.changes.new_alert_ids == tuple(note.id for note in first.notes)

    again = run_check(store, date(2026, 3, 20))
    assert again.notes == [] and not again.changes.touches({Kind.ALERTS})
